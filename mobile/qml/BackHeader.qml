import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts

// A page's white title bar with a back button that pops the stack.
ToolBar {
    id: header

    required property StackView stack
    property string title

    Material.background: "white"
    Material.foreground: Material.color(Material.Grey, Material.Shade900)
    Material.elevation: 0

    RowLayout {
        anchors.fill: parent
        ToolButton {
            objectName: "backButton"
            text: "‹"
            font.pixelSize: 24
            onClicked: header.stack.pop()
        }
        Label {
            Layout.fillWidth: true
            text: header.title
            font.pixelSize: 18
            font.bold: true
            elide: Text.ElideRight
        }
    }
}
