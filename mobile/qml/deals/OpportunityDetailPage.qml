import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import CrmMobile

// One opportunity: move it along the stages, set its status (lost asks for the reason), edit
// amount and expected close, and see the stage history (newest first, unsynced entries marked).
Page {
    id: page

    required property AppController controller
    required property StackView stack
    property string opportunityId
    readonly property var fields: deal.fields

    objectName: "opportunityDetailPage"
    title: fields.title ?? ""

    RecordView {
        id: deal
        controller: page.controller
        entity: "opportunity"
        recordId: page.opportunityId
    }
    RecordView {
        id: customer
        controller: page.controller
        entity: "customer"
        recordId: page.fields.customer_id ?? ""
    }
    OpportunityActions {
        id: actions
        controller: page.controller
    }
    StageHistoryModel {
        id: history
        objectName: "stageHistoryModel"
        controller: page.controller
        opportunityId: page.opportunityId
    }

    header: BackHeader {
        title: page.fields.title ?? ""
        subtitle: customer.fields.name ?? ""
        onBack: page.stack.pop()
        StageChip {
            stage: page.fields.stage ?? ""
            status: page.fields.status ?? ""
        }
    }

    Flickable {
        anchors.fill: parent
        contentHeight: column.implicitHeight + 32
        clip: true
        ScrollIndicator.vertical: ScrollIndicator {}

        ColumnLayout {
            id: column
            x: 16
            y: 12
            width: parent.width - 32
            spacing: 8

            PendingMarker { visible: deal.pending }
            Label {
                visible: !deal.found
                text: qsTr("This opportunity is no longer on this device.")
                opacity: 0.7
            }
            FieldMessage {
                objectName: "opportunityActionError"
                text: actions.errorText
            }

            SectionTitle { text: qsTr("Stage") }
            Flow {
                Layout.fillWidth: true
                spacing: 6
                Repeater {
                    model: actions.stages()
                    delegate: ChoiceChip {
                        required property string modelData
                        required property int index
                        objectName: "stageButton"
                        value: modelData
                        text: (index + 1) + ". " + CodeLabels.stage(modelData)
                        checked: page.fields.stage === modelData
                        enabled: deal.found
                        onClicked: {
                            checked = Qt.binding(() => page.fields.stage === modelData)
                            actions.moveStage(page.opportunityId, modelData)
                        }
                    }
                }
            }

            SectionTitle { text: qsTr("Status") }
            Flow {
                Layout.fillWidth: true
                spacing: 6
                Repeater {
                    model: actions.statuses()
                    delegate: ChoiceChip {
                        required property string modelData
                        objectName: "statusButton"
                        value: modelData
                        text: CodeLabels.dealStatus(modelData)
                        checked: page.fields.status === modelData
                        enabled: deal.found
                        onClicked: {
                            checked = Qt.binding(() => page.fields.status === modelData)
                            if (modelData === "lost")
                                lostDialog.open()
                            else
                                actions.setStatus(page.opportunityId, modelData, "")
                        }
                    }
                }
            }
            FieldRow {
                label: qsTr("Reason lost")
                value: page.fields.status === "lost" ? (page.fields.lost_reason ?? "") : ""
            }

            SectionTitle { text: qsTr("Terms") }
            FormLabel { text: qsTr("Amount (CNY)") }
            TextField {
                id: amountField
                objectName: "amountField"
                Layout.fillWidth: true
                text: page.fields.amount !== undefined ? String(page.fields.amount) : ""
                inputMethodHints: Qt.ImhFormattedNumbersOnly
                placeholderText: qsTr("e.g. 120000")
                onTextEdited: actions.clearError("amount")
            }
            FieldMessage {
                objectName: "amountError"
                text: actions.errors.amount ?? ""
            }
            FormLabel { text: qsTr("Expected close") }
            TextField {
                id: closeField
                objectName: "expectedCloseField"
                Layout.fillWidth: true
                text: page.fields.expected_close ?? ""
                inputMethodHints: Qt.ImhDate
                placeholderText: qsTr("YYYY-MM-DD")
                onTextEdited: actions.clearError("expected_close")
            }
            FieldMessage {
                objectName: "expectedCloseError"
                text: actions.errors.expected_close ?? ""
            }
            Button {
                objectName: "saveTermsButton"
                text: qsTr("Save amount and date")
                enabled: deal.found
                onClicked: actions.saveTerms(page.opportunityId, amountField.text, closeField.text)
            }

            SectionTitle { text: qsTr("Stage history") }
            Label {
                visible: history.count === 0
                text: qsTr("No changes yet")
                opacity: 0.6
            }
            Repeater {
                model: history
                delegate: ColumnLayout {
                    id: entry
                    required property var model
                    objectName: "historyDelegate"
                    Layout.fillWidth: true
                    spacing: 0
                    Label {
                        Layout.fillWidth: true
                        wrapMode: Text.Wrap
                        text: entry.model.fromStage === "" ? qsTr("Opened in %1").arg(CodeLabels.stage(entry.model.toStage))
                            : entry.model.fromStage !== entry.model.toStage
                              ? qsTr("%1 → %2").arg(CodeLabels.stage(entry.model.fromStage)).arg(CodeLabels.stage(entry.model.toStage))
                              : qsTr("%1 → %2").arg(CodeLabels.dealStatus(entry.model.fromStatus)).arg(CodeLabels.dealStatus(entry.model.toStatus))
                    }
                    Label {
                        text: Fmt.dateTime(entry.model.changedAt)
                        font.pixelSize: 12
                        opacity: 0.6
                    }
                    PendingMarker {
                        objectName: "historyPendingMarker"
                        visible: entry.model.pending
                    }
                }
            }
        }
    }

    Dialog {
        id: lostDialog
        title: qsTr("Why was the deal lost?")
        modal: true
        anchors.centerIn: parent
        width: parent.width - 48
        onOpened: reasonField.forceActiveFocus()

        ColumnLayout {
            objectName: "lostDialog"
            anchors.fill: parent
            TextField {
                id: reasonField
                objectName: "lostReasonField"
                Layout.fillWidth: true
                placeholderText: qsTr("Reason")
                onTextEdited: actions.clearError("lost_reason")
            }
            FieldMessage {
                objectName: "lostReasonError"
                text: actions.errors.lost_reason ?? ""
            }
        }
        footer: DialogButtonBox {
            Button {
                objectName: "cancelLostButton"
                text: qsTr("Cancel")
                flat: true
                DialogButtonBox.buttonRole: DialogButtonBox.RejectRole
            }
            Button {
                objectName: "confirmLostButton"
                text: qsTr("Mark lost")
                flat: true
                onClicked: {
                    if (actions.setStatus(page.opportunityId, "lost", reasonField.text))
                        lostDialog.close()
                }
            }
        }
    }
}
