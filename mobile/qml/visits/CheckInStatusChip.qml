import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import CrmMobile

// A check-in verdict as a coloured chip: verified / outside radius (with the distance) / no fix /
// manual / no stored customer position. Used for the device's and the server's verdicts.
Rectangle {
    id: chip

    property string status
    property var distance  // metres, or undefined

    readonly property string label: {
        switch (chip.status) {
        case "verified": return qsTr("Verified")
        case "outside_radius":
            return chip.distance !== undefined ? qsTr("Outside radius · %1 away").arg(Fmt.distance(chip.distance))
                                               : qsTr("Outside radius")
        case "no_fix": return qsTr("No position fix")
        case "manual": return qsTr("Manual check-in")
        case "no_reference": return qsTr("Customer has no stored position")
        default: return chip.status
        }
    }
    readonly property color tone: {
        switch (chip.status) {
        case "verified": return Material.color(Material.Green)
        case "outside_radius": return Material.color(Material.DeepOrange)
        case "manual": return Material.color(Material.Purple)
        case "no_fix": return Material.color(Material.Red)
        default: return Material.color(Material.BlueGrey)
        }
    }

    visible: status !== ""
    implicitWidth: text.implicitWidth + 16
    implicitHeight: text.implicitHeight + 6
    radius: height / 2
    color: Qt.rgba(tone.r, tone.g, tone.b, 0.14)
    border.color: tone

    Label {
        id: text
        anchors.centerIn: parent
        text: chip.label
        color: chip.tone
        font.pixelSize: 12
        font.bold: true
    }
}
