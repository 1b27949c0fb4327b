import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material

// A key-field revision's status as a tinted pill: pending / approved / rejected / withdrawn / direct.
Rectangle {
    id: chip

    property string status

    readonly property string label: {
        switch (chip.status) {
        case "pending": return qsTr("Waiting for approval")
        case "approved": return qsTr("Approved")
        case "rejected": return qsTr("Rejected")
        case "withdrawn": return qsTr("Withdrawn")
        case "direct": return qsTr("Changed by a leader")
        default: return chip.status
        }
    }
    readonly property color tone: {
        switch (chip.status) {
        case "pending": return Material.color(Material.Orange)
        case "approved": return Material.color(Material.Green)
        case "rejected": return Material.color(Material.Red)
        case "direct": return Material.color(Material.Indigo)
        default: return Material.color(Material.BlueGrey)
        }
    }

    implicitWidth: text.implicitWidth + 16
    implicitHeight: text.implicitHeight + 6
    radius: height / 2
    color: Qt.rgba(tone.r, tone.g, tone.b, 0.14)

    Label {
        id: text
        anchors.centerIn: parent
        text: chip.label
        color: chip.tone
        font.pixelSize: 12
        font.bold: true
    }
}
