import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts

// The message under a form field when a save was refused; hidden when empty.
Label {
    Layout.fillWidth: true
    visible: text !== ""
    color: Material.color(Material.Red)
    font.pixelSize: 13
    wrapMode: Text.Wrap
}
