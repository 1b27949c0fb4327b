import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material

// A checkable pill for filter choices. Drawn by hand (not Material's flat/highlighted button,
// whose background the software renderer loses offscreen): tinted when checked.
AbstractButton {
    id: chip

    property string value

    checkable: true
    implicitWidth: label.implicitWidth + 24
    implicitHeight: Math.max(32, label.implicitHeight + 12)
    font.pixelSize: 13

    background: Rectangle {
        radius: height / 2
        color: chip.checked ? Material.accent : chip.down ? Material.color(Material.Grey, Material.Shade300) : "white"
        border.color: chip.checked ? Material.accent : Material.color(Material.Grey, Material.Shade400)
    }
    contentItem: Label {
        id: label
        text: chip.text
        font: chip.font
        color: chip.checked ? "white" : Material.color(Material.Grey, Material.Shade900)
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
    }
}
