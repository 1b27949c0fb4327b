import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import CrmMobile

// A new follow-up task: title, due date and time, optionally about a record (relatedEntity /
// relatedId). Kept as a draft until saved; a refused save shows the reason next to each field.
Page {
    id: page

    required property AppController controller
    required property StackView stack
    property string relatedEntity
    property string relatedId
    property bool restored: false

    readonly property var errors: editor.errors

    objectName: "taskFormPage"
    title: qsTr("New task")

    function fields() {
        return { title: titleField.text, due_date: dueDateField.text.trim(), due_time: dueTimeField.text.trim(),
                 related_entity: page.relatedEntity, related_id: page.relatedId }
    }
    function saveDraft() {
        if (page.restored)
            draft.save(page.fields())
    }
    function save() {
        if (editor.create(page.fields()) !== "") {
            draft.clear()
            page.stack.pop()
        }
    }

    TaskEditor {
        id: editor
        controller: page.controller
    }
    DraftStore {
        id: draft
        replicaPath: page.controller.replicaPath
        key: "task/new/" + (page.relatedId !== "" ? page.relatedId : "any")
    }

    Component.onCompleted: {
        const saved = draft.load()
        titleField.text = saved.title ?? ""
        dueDateField.text = saved.due_date ?? Fmt.today()
        dueTimeField.text = saved.due_time ?? "09:00"
        page.restored = true
    }

    header: BackHeader {
        title: qsTr("New task")
        onBack: page.stack.pop()
    }

    footer: Pane {
        PrimaryButton {
            objectName: "saveTaskButton"
            anchors.left: parent.left
            anchors.right: parent.right
            text: qsTr("Save task")
            onClicked: page.save()
        }
    }

    ColumnLayout {
        x: 16
        y: 12
        width: parent.width - 32
        spacing: 4

        FormLabel { text: qsTr("Title") }
        TextField {
            id: titleField
            objectName: "taskTitleField"
            Layout.fillWidth: true
            placeholderText: qsTr("What to do")
            onTextChanged: { editor.clearError("title"); page.saveDraft() }
        }
        FieldMessage { objectName: "taskTitleError"; text: page.errors.title ?? "" }

        FormLabel { text: qsTr("Due date") }
        TextField {
            id: dueDateField
            objectName: "taskDueDateField"
            Layout.fillWidth: true
            placeholderText: qsTr("YYYY-MM-DD (empty: no due date)")
            inputMethodHints: Qt.ImhDate
            onTextChanged: { editor.clearError("due_date"); page.saveDraft() }
        }
        FieldMessage { objectName: "taskDueDateError"; text: page.errors.due_date ?? page.errors.due_at ?? "" }

        FormLabel { text: qsTr("Time") }
        TextField {
            id: dueTimeField
            objectName: "taskDueTimeField"
            Layout.fillWidth: true
            placeholderText: qsTr("HH:MM")
            inputMethodHints: Qt.ImhTime
            onTextChanged: { editor.clearError("due_time"); page.saveDraft() }
        }
        FieldMessage { objectName: "taskDueTimeError"; text: page.errors.due_time ?? "" }

        FieldMessage {
            objectName: "taskFormError"
            Layout.topMargin: 8
            text: editor.errorString
        }
    }
}
