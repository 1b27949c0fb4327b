import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import CrmMobile

// "Reassign" for managers and hq on a customer or lead: pick someone of the team (hq: anyone
// active) in a dialog; owner_id changes through the replica, the server checks the subtree rule.
Button {
    id: button

    required property AppController controller
    required property string entity      // customer | lead
    required property string recordId
    property string ownerId

    objectName: "reassignButton"
    text: qsTr("Reassign")
    flat: true
    visible: reassignment.allowed

    Reassignment {
        id: reassignment
        controller: button.controller
    }
    TeamDirectory {
        id: directory
        controller: button.controller
    }

    onClicked: {
        people.model = reassignment.candidates(button.ownerId)
        dialog.open()
    }

    Dialog {
        id: dialog
        objectName: "reassignDialog"
        parent: Overlay.overlay
        anchors.centerIn: parent
        width: Math.min(420, (parent ? parent.width : 420) - 32)
        height: Math.min(520, (parent ? parent.height : 520) - 64)
        modal: true
        title: qsTr("Reassign to")
        standardButtons: Dialog.Cancel
        // Drawn by hand: the software renderer (offscreen) loses Material's elevated background.
        background: Rectangle { color: "white"; radius: 4; border.color: Material.color(Material.Grey, Material.Shade300) }

        ColumnLayout {
            anchors.fill: parent
            Label {
                Layout.fillWidth: true
                text: { directory.users; return qsTr("Now with %1").arg(directory.userName(button.ownerId) || "–") }
                opacity: 0.7
            }
            FieldMessage { objectName: "reassignError"; text: reassignment.errorText }
            ListView {
                id: people
                Layout.fillWidth: true
                Layout.fillHeight: true
                clip: true
                delegate: ItemDelegate {
                    required property var modelData
                    objectName: "reassignCandidate"
                    property string userId: modelData.id
                    width: ListView.view.width
                    text: modelData.name + "  ·  " + modelData.unitName
                    onClicked: if (reassignment.reassign(button.entity, button.recordId, modelData.id)) dialog.close()
                }
                Label {
                    anchors.centerIn: parent
                    visible: people.count === 0
                    text: qsTr("Nobody to hand this to")
                    opacity: 0.6
                }
            }
        }
    }
}
