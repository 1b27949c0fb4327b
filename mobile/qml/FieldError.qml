import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts

// The message under a form field (from shared/'s rules); hidden when there is none.
Label {
    property string message

    Layout.fillWidth: true
    visible: message !== ""
    text: message
    color: Material.color(Material.Red)
    wrapMode: Text.Wrap
    font.pixelSize: 13
}
