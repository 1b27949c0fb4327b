import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material

// A list section's caption (Today, Tasks).
Label {
    property bool alarm: false

    width: ListView.view ? ListView.view.width : implicitWidth
    leftPadding: 16
    topPadding: 14
    bottomPadding: 4
    font.bold: true
    font.pixelSize: 13
    font.capitalization: Font.AllUppercase
    color: alarm ? Material.color(Material.Red) : Material.primary
}
