import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import CrmMobile

// Adds an opportunity to a customer: title, amount, stage, expected close. What is typed is kept
// as a draft until saved; a refused save shows each message next to its field.
Page {
    id: page

    required property AppController controller
    required property StackView stack
    property string customerId
    property string customerName
    property bool restoring: true

    objectName: "opportunityFormPage"
    title: qsTr("New opportunity")

    function values() {
        return { title: titleField.text, amount: amountField.text, stage: stageBox.currentValue,
                 expected_close: closeField.text }
    }
    function keepDraft() {
        if (!page.restoring)
            drafts.save(page.values())
    }
    function save() {
        const id = actions.create(page.customerId, page.values())
        if (id === "")
            return
        drafts.clear()
        page.stack.replace(Qt.resolvedUrl("OpportunityDetailPage.qml"),
                           { controller: page.controller, stack: page.stack, opportunityId: id })
    }

    OpportunityActions {
        id: actions
        controller: page.controller
    }
    DraftStore {
        id: drafts
        replicaPath: page.controller.replicaPath
        key: "opportunity/" + page.customerId
    }
    Component.onCompleted: {
        const d = drafts.load()
        titleField.text = d.title ?? ""
        amountField.text = d.amount ?? ""
        closeField.text = d.expected_close ?? ""
        const stage = stageBox.indexOfValue(d.stage ?? "discovery")
        stageBox.currentIndex = stage >= 0 ? stage : 0
        page.restoring = false
    }

    header: BackHeader {
        title: qsTr("New opportunity")
        subtitle: page.customerName
        backObjectName: "cancelOpportunityButton"
        onBack: page.stack.pop()
    }

    footer: Pane {
        Material.elevation: 4
        PrimaryButton {
            objectName: "saveOpportunityButton"
            anchors.left: parent.left
            anchors.right: parent.right
            text: qsTr("Save opportunity")
            onClicked: page.save()
        }
    }

    Flickable {
        anchors.fill: parent
        contentHeight: form.implicitHeight + 32
        clip: true

        ColumnLayout {
            id: form
            x: 16
            y: 12
            width: parent.width - 32
            spacing: 4

            FormLabel { text: qsTr("Title") }
            TextField {
                id: titleField
                objectName: "opportunityTitleField"
                Layout.fillWidth: true
                placeholderText: qsTr("What is being sold")
                onTextChanged: { actions.clearError("title"); page.keepDraft() }
            }
            FieldMessage { objectName: "opportunityTitleError"; text: actions.errors.title ?? "" }

            FormLabel { text: qsTr("Amount (CNY)") }
            TextField {
                id: amountField
                objectName: "amountField"
                Layout.fillWidth: true
                inputMethodHints: Qt.ImhFormattedNumbersOnly
                placeholderText: qsTr("e.g. 120000")
                onTextChanged: { actions.clearError("amount"); page.keepDraft() }
            }
            FieldMessage { objectName: "amountError"; text: actions.errors.amount ?? "" }

            FormLabel { text: qsTr("Stage") }
            ComboBox {
                id: stageBox
                objectName: "stageField"
                Layout.fillWidth: true
                model: actions.stages().map(s => ({ value: s, text: CodeLabels.stage(s) }))
                textRole: "text"
                valueRole: "value"
                onActivated: page.keepDraft()
            }

            FormLabel { text: qsTr("Expected close") }
            TextField {
                id: closeField
                objectName: "expectedCloseField"
                Layout.fillWidth: true
                inputMethodHints: Qt.ImhDate
                placeholderText: qsTr("YYYY-MM-DD")
                onTextChanged: { actions.clearError("expected_close"); page.keepDraft() }
            }
            FieldMessage { objectName: "expectedCloseError"; text: actions.errors.expected_close ?? "" }

            FieldMessage {
                objectName: "opportunityFormError"
                Layout.topMargin: 8
                text: actions.errorText
            }
        }
    }
}
