import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import CrmMobile

// Key-field revisions. Leaders: the subtree's pending changes (oldest first) and, below, the
// decided ones (filter by status); the chosen pending one is approved or rejected with an
// optional note on the right. Reps: their own requests and what became of them.
Page {
    id: page

    required property AppController controller
    required property StackView stack
    property bool pushed: false
    property string selectedId
    readonly property bool leader: controller.role === "manager" || controller.role === "hq"

    objectName: "revisionsPage"
    title: leader ? qsTr("Revisions") : qsTr("My key-field changes")

    RevisionListModel {
        id: pendingModel
        objectName: "pendingRevisionModel"
        controller: page.controller
        mode: page.leader ? "pending" : "mine"
    }
    RevisionListModel {
        id: decidedModel
        objectName: "decidedRevisionModel"
        controller: page.controller
        mode: page.leader ? "decided" : ""
    }
    RevisionDecision {
        id: decision
        controller: page.controller
    }

    function selected() {
        for (let i = 0; i < pendingModel.count; ++i)
            if (pendingModel.get(i).id === page.selectedId) return pendingModel.get(i)
        return null
    }

    // Pushed (a rep's phone): with a back arrow; in the wide layout's content area: only the title.
    header: ToolBar {
        Material.background: "white"
        Material.foreground: Material.color(Material.Grey, Material.Shade900)
        RowLayout {
            anchors.fill: parent
            ToolButton {
                objectName: "backButton"
                visible: page.pushed
                text: "‹"
                font.pixelSize: 24
                onClicked: page.stack.pop()
            }
            Label {
                Layout.fillWidth: true
                leftPadding: page.pushed ? 0 : 16
                text: page.title
                font.pixelSize: 18
                font.bold: true
                elide: Text.ElideRight
            }
        }
    }

    Item {
        anchors.fill: parent

        ListView {
            id: list
            objectName: "revisionList"
            width: page.leader && page.width >= 700 ? Math.min(520, parent.width * 0.5) : parent.width
            height: parent.height
            clip: true
            model: pendingModel
            ScrollIndicator.vertical: ScrollIndicator {}
            header: Column {
                width: list.width
                SectionHeader {
                    width: parent.width
                    text: page.leader ? qsTr("Waiting for your decision (%1)").arg(pendingModel.count) : qsTr("Your requests")
                }
                Label {
                    objectName: "noPendingRevisions"
                    visible: pendingModel.count === 0
                    padding: 16
                    text: page.leader ? qsTr("Nothing waiting for a decision") : qsTr("You have not changed any key field")
                    opacity: 0.6
                }
            }
            delegate: RevisionCard {
                width: list.width
                selected: page.selectedId === revisionId
                onClicked: page.selectedId = revisionId
            }
            footer: Column {
                width: list.width
                visible: page.leader
                SectionHeader { width: parent.width; text: qsTr("Decided") }
                Flow {
                    width: parent.width
                    padding: 8
                    spacing: 6
                    Repeater {
                        model: [{ v: "", t: qsTr("All") }, { v: "approved", t: qsTr("Approved") },
                                { v: "rejected", t: qsTr("Rejected") }, { v: "direct", t: qsTr("Changed by a leader") },
                                { v: "withdrawn", t: qsTr("Withdrawn") }]
                        delegate: ChoiceChip {
                            required property var modelData
                            objectName: "decidedFilter_" + (modelData.v || "all")
                            text: modelData.t
                            checked: decidedModel.statusFilter === modelData.v
                            onClicked: decidedModel.statusFilter = modelData.v
                        }
                    }
                }
                Label {
                    visible: decidedModel.count === 0
                    padding: 16
                    text: qsTr("No decided changes")
                    opacity: 0.6
                }
                Repeater {
                    model: decidedModel
                    delegate: RevisionCard { width: list.width; objectName: "decidedRevisionDelegate" }
                }
            }
        }
        Rectangle {
            visible: decisionPane.visible
            x: list.width
            width: 1
            height: parent.height
            color: Material.color(Material.Grey, Material.Shade300)
        }
        Pane {
            id: decisionPane
            objectName: "revisionDecisionPane"
            visible: page.leader && page.width >= 700
            x: list.width + 1
            width: parent.width - x
            height: parent.height

            readonly property var revision: { page.selectedId; pendingModel.count; return page.selected() }

            Label {
                anchors.centerIn: parent
                visible: !decisionPane.revision
                text: qsTr("Select a pending change on the left")
                opacity: 0.5
            }
            ColumnLayout {
                visible: !!decisionPane.revision
                anchors.left: parent.left
                anchors.right: parent.right
                spacing: 8
                Label {
                    Layout.fillWidth: true
                    text: decisionPane.revision ? decisionPane.revision.customerName : ""
                    font.pixelSize: 20
                    font.bold: true
                    elide: Text.ElideRight
                }
                FieldRow { label: qsTr("Field"); value: decisionPane.revision ? Labels.field(decisionPane.revision.field) : "" }
                FieldRow { label: qsTr("Current value"); value: decisionPane.revision ? (decisionPane.revision.oldValue || qsTr("(empty)")) : "" }
                FieldRow { label: qsTr("Requested value"); value: decisionPane.revision ? (decisionPane.revision.newValue || qsTr("(empty)")) : "" }
                FieldRow {
                    label: qsTr("Requested by")
                    value: decisionPane.revision ? qsTr("%1 · %2 · device %3").arg(decisionPane.revision.requestedByName)
                                                     .arg(Fmt.dateTime(decisionPane.revision.requestedAt))
                                                     .arg(decisionPane.revision.requestedDeviceShort) : ""
                }
                TextArea {
                    id: noteField
                    objectName: "decisionNoteField"
                    Layout.fillWidth: true
                    placeholderText: qsTr("Note for the rep (optional)")
                    wrapMode: TextEdit.Wrap
                    onTextChanged: decision.clearError("decision_note")
                }
                FieldMessage {
                    objectName: "decisionError"
                    text: decision.errors.decision_note ?? decision.errorText
                }
                RowLayout {
                    spacing: 8
                    PrimaryButton {
                        objectName: "approveButton"
                        text: qsTr("Approve")
                        onClicked: if (decision.approve(page.selectedId, noteField.text)) { noteField.text = ""; page.selectedId = "" }
                    }
                    Button {
                        objectName: "rejectButton"
                        text: qsTr("Reject")
                        onClicked: if (decision.reject(page.selectedId, noteField.text)) { noteField.text = ""; page.selectedId = "" }
                    }
                }
            }
        }
    }
}
