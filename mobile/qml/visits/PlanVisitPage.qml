import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import CrmMobile

// Plans a visit: customer (given, or picked here), date, time and purpose. Kept as a draft until
// saved; a refused save shows the reason next to each field.
Page {
    id: page

    required property AppController controller
    required property StackView stack
    property string customerId
    property string customerName
    property bool restored: false

    readonly property var errors: editor.errors

    objectName: "planVisitPage"
    title: qsTr("Plan a visit")

    function fields() {
        return { customerId: page.customerId, customerName: page.customerName, date: dateField.text,
                 time: timeField.text, purpose: purposeField.text }
    }
    function saveDraft() {
        if (page.restored)
            draft.save(page.fields())
    }
    function save() {
        if (editor.plan(dateField.text.trim(), timeField.text.trim(), purposeField.text)) {
            draft.clear()
            page.stack.pop()
        }
    }

    VisitEditor {
        id: editor
        controller: page.controller
        customerId: page.customerId
    }
    DraftStore {
        id: draft
        replicaPath: page.controller.replicaPath
    }
    CustomerListModel {
        id: customers
        controller: page.controller
        filterText: searchField.text
    }

    Component.onCompleted: {
        // Keyed by where the plan was started (a customer, or Today without one); fixed from here on.
        draft.key = "plan/" + (page.customerId !== "" ? page.customerId : "any")
        const saved = draft.load()
        if (page.customerId === "" && saved.customerId) {
            page.customerId = saved.customerId
            page.customerName = saved.customerName ?? ""
        }
        dateField.text = saved.date ?? Fmt.today()
        timeField.text = saved.time ?? "09:00"
        purposeField.text = saved.purpose ?? ""
        page.restored = true
    }

    header: BackHeader {
        title: qsTr("Plan a visit")
        onBack: page.stack.pop()
    }

    footer: Pane {
        PrimaryButton {
            objectName: "savePlanButton"
            anchors.left: parent.left
            anchors.right: parent.right
            text: qsTr("Plan visit")
            enabled: page.customerId !== ""
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

            // Opened from Today there is no customer yet: pick one from the book.
            ColumnLayout {
                id: picker
                visible: page.customerId === ""
                Layout.fillWidth: true
                FormLabel { text: qsTr("Customer") }
                TextField {
                    id: searchField
                    objectName: "planCustomerSearch"
                    Layout.fillWidth: true
                    placeholderText: qsTr("Search customers")
                }
                Repeater {
                    model: searchField.text.length > 0 ? customers : null
                    delegate: ItemDelegate {
                        required property var model
                        required property int index
                        objectName: "planCustomerOption"
                        visible: index < 6
                        Layout.fillWidth: true
                        text: model.name + (model.region !== "" ? " · " + model.region : "")
                        onClicked: {
                            page.customerName = model.name
                            page.customerId = model.id
                            page.saveDraft()
                        }
                    }
                }
            }
            RowLayout {
                visible: page.customerId !== ""
                Layout.fillWidth: true
                Label {
                    objectName: "planCustomerName"
                    Layout.fillWidth: true
                    text: page.customerName
                    font.bold: true
                    elide: Text.ElideRight
                }
            }

            FormLabel { text: qsTr("Date") }
            TextField {
                id: dateField
                objectName: "planDateField"
                Layout.fillWidth: true
                placeholderText: qsTr("YYYY-MM-DD")
                inputMethodHints: Qt.ImhDate
                onTextChanged: { editor.clearError("date"); page.saveDraft() }
            }
            FieldMessage { objectName: "planDateError"; text: page.errors.date ?? page.errors.planned_at ?? "" }

            FormLabel { text: qsTr("Time") }
            TextField {
                id: timeField
                objectName: "planTimeField"
                Layout.fillWidth: true
                placeholderText: qsTr("HH:MM")
                inputMethodHints: Qt.ImhTime
                onTextChanged: { editor.clearError("time"); page.saveDraft() }
            }
            FieldMessage { objectName: "planTimeError"; text: page.errors.time ?? "" }

            FormLabel { text: qsTr("Purpose") }
            TextField {
                id: purposeField
                objectName: "planPurposeField"
                Layout.fillWidth: true
                placeholderText: qsTr("Purpose")
                onTextChanged: { editor.clearError("purpose"); page.saveDraft() }
            }
            FieldMessage { objectName: "planPurposeError"; text: page.errors.purpose ?? "" }

            FieldMessage {
                objectName: "planFormError"
                Layout.topMargin: 8
                text: editor.errorString
            }
        }
    }
}
