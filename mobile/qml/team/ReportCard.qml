import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts

// A titled card of the reports page; its children stack in a column. A Column, not a
// ColumnLayout: Repeater delegates replaced inside a Layout while it waits for its polish crash
// Qt 6.4's layout engine; children set their own width.
Pane {
    id: card

    property string title
    default property alias content: column.data

    Material.elevation: 2
    padding: 12

    Column {
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
