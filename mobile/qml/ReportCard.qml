import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts

// A titled card of the reports page; its children stack in a column.
Pane {
    id: card

    property string title
    default property alias content: column.data

    Material.elevation: 2
    padding: 12

    ColumnLayout {
        id: column
        anchors.left: parent.left
        anchors.right: parent.right
        spacing: 6
        Label {
            text: card.title
            font.bold: true
            font.pixelSize: 16
            color: Material.primary
        }
    }
}
