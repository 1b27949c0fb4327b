import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import CrmMobile

// "Waiting for approval" on a customer while a key-field change (name, tax id, credit level) is
// pending: each field with the requested value.
Pane {
    id: banner

    required property AppController controller
    required property string customerId

    objectName: "pendingRevisionBanner"
    visible: pending.count > 0
    Layout.fillWidth: true
    padding: 10
    Material.background: Qt.rgba(1, 0.92, 0.8, 1)

    RevisionListModel {
        id: pending
        controller: banner.controller
        mode: "pending"
        customerId: banner.customerId
    }

    ColumnLayout {
        anchors.left: parent.left
        anchors.right: parent.right
        spacing: 2
        Label {
            text: qsTr("Pending approval")
            font.bold: true
            color: Material.color(Material.DeepOrange)
        }
        Repeater {
            model: pending
            delegate: Label {
                required property var model
                objectName: "pendingRevisionLine"
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                text: qsTr("%1: %2 → %3 (asked by %4)").arg(Labels.field(model.field)).arg(model.oldValue || qsTr("(empty)"))
                          .arg(model.newValue || qsTr("(empty)")).arg(model.requestedByName || "–")
            }
        }
    }
}
