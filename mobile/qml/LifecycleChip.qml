import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material

// A small coloured chip for a customer's lifecycle (potential / active / lost).
Rectangle {
    id: chip

    property string lifecycle

    readonly property color tint: lifecycle === "active" ? Material.color(Material.Green)
                                : lifecycle === "lost" ? Material.color(Material.Grey)
                                : Material.color(Material.Orange)

    implicitWidth: label.implicitWidth + 16
    implicitHeight: label.implicitHeight + 6
    radius: height / 2
    color: Qt.rgba(tint.r, tint.g, tint.b, 0.15)
    border.color: tint
    visible: lifecycle !== ""

    Label {
        id: label
        anchors.centerIn: parent
        font.pixelSize: 12
        color: chip.tint
        text: chip.lifecycle === "active" ? qsTr("active")
            : chip.lifecycle === "lost" ? qsTr("lost")
            : chip.lifecycle === "potential" ? qsTr("potential") : chip.lifecycle
    }
}
