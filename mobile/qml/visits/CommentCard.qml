import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import CrmMobile

// A manager's comment (a CommentListModel row): body, when, and "new" while unread.
Pane {
    id: card

    required property var model
    property bool showCustomer: false
    readonly property string commentBody: card.model.body

    padding: 10
    Material.background: card.model.unread ? Qt.rgba(1, 0.92, 0.8, 1) : Material.color(Material.Grey, Material.Shade100)

    ColumnLayout {
        anchors.left: parent.left
        anchors.right: parent.right
        spacing: 2
        RowLayout {
            Layout.fillWidth: true
            Label {
                Layout.fillWidth: true
                text: card.showCustomer && card.model.customerName !== ""
                      ? qsTr("Your manager on %1").arg(card.model.customerName) : qsTr("Your manager")
                font.pixelSize: 12
                font.bold: true
                elide: Text.ElideRight
            }
            Label {
                objectName: "commentUnreadMarker"
                visible: card.model.unread
                text: qsTr("new")
                color: Material.color(Material.DeepOrange)
                font.pixelSize: 12
                font.bold: true
            }
            Label {
                text: Fmt.dateTime(card.model.createdAt)
                font.pixelSize: 12
                opacity: 0.6
            }
        }
        Label {
            Layout.fillWidth: true
            text: card.model.body
            wrapMode: Text.Wrap
        }
    }
}
