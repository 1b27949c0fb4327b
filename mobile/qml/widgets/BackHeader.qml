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
    /// false where the page is not pushed (an area of the wide layout): no back arrow.
    property bool showBack: true
    default property alias trailing: trailingRow.data

    signal back()

    Material.background: "white"
    Material.foreground: Material.color(Material.Grey, Material.Shade900)

    RowLayout {
        anchors.fill: parent
        anchors.leftMargin: bar.showBack ? 0 : 16
        ToolButton {
            objectName: bar.backObjectName
            visible: bar.showBack
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
