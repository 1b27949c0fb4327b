import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts

// A pushed page's header: back button, title and an optional subtitle (e.g. the customer).
ToolBar {
    id: header

    property string title
    property string subtitle
    property string backObjectName: "backButton"
    signal back()

    Material.background: "white"
    Material.foreground: Material.color(Material.Grey, Material.Shade900)

    RowLayout {
        anchors.fill: parent
        ToolButton {
            objectName: header.backObjectName
            text: "‹"
            font.pixelSize: 24
            onClicked: header.back()
        }
        ColumnLayout {
            Layout.fillWidth: true
            spacing: 0
            Label {
                Layout.fillWidth: true
                text: header.title
                font.pixelSize: 18
                font.bold: true
                elide: Text.ElideRight
            }
            Label {
                Layout.fillWidth: true
                visible: text !== ""
                text: header.subtitle
                elide: Text.ElideRight
                opacity: 0.7
            }
        }
    }
}
