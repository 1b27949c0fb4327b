import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material

// A small coloured label with a tinted background (lifecycle, stage, status, priority).
Rectangle {
    id: pill

    property string text
    property color tint: Material.color(Material.Grey)

    implicitWidth: label.implicitWidth + 16
    implicitHeight: label.implicitHeight + 6
    radius: height / 2
    color: Qt.rgba(tint.r, tint.g, tint.b, 0.15)
    border.color: tint
    visible: text !== ""

    Label {
        id: label
        anchors.centerIn: parent
        font.pixelSize: 12
        color: pill.tint
        text: pill.text
    }
}
