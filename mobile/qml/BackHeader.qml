import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts

// The white tool bar of a pushed page: back arrow, title and subtitle, optional items at the right.
ToolBar {
    id: bar

    property string title
    property string subtitle
    property string backObjectName: "backButton"
    default property alias trailing: trailingRow.data

    signal back()

    Material.background: "white"
    Material.foreground: Material.color(Material.Grey, Material.Shade900)

    RowLayout {
        anchors.fill: parent
        ToolButton {
            objectName: bar.backObjectName
            text: "‹"
            font.pixelSize: 24
            onClicked: bar.back()
        }
        ColumnLayout {
            Layout.fillWidth: true
            spacing: 0
            Label {
                Layout.fillWidth: true
                text: bar.title
                font.pixelSize: 18
                font.bold: true
                elide: Text.ElideRight
            }
            Label {
                Layout.fillWidth: true
                visible: text !== ""
                text: bar.subtitle
                elide: Text.ElideRight
                opacity: 0.7
            }
        }
        RowLayout {
            id: trailingRow
            Layout.rightMargin: 8
        }
    }
}
