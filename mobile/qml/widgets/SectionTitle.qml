import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts

// A heading inside a detail page ("Contacts", "Opportunities", "Timeline").
Label {
    font.bold: true
    font.pixelSize: 16
    color: Material.primary
    Layout.topMargin: 10
}
