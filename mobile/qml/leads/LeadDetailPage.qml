import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import CrmMobile

// One lead: its fields, possible duplicates on the device, and the two ways to close it:
// "Qualify" (customer + contact + opportunity, offline, then the new customer is shown) and
// "Mark invalid" (a reason is required).
Page {
    id: page

    required property AppController controller
    required property StackView stack
    property string leadId
    readonly property var fields: lead.fields
    readonly property bool open: lead.found && fields.status !== "converted" && fields.status !== "invalid"

    objectName: "leadDetailPage"
    title: fields.company_name ?? fields.person_name ?? ""

    function openPage(file, properties) {
        page.stack.push(Qt.resolvedUrl(file), Object.assign({ controller: page.controller, stack: page.stack }, properties))
    }
    function qualify() {
        const customerId = actions.qualify(page.leadId)
        if (customerId !== "")
            page.stack.replace(Qt.resolvedUrl("CustomerDetailPage.qml"),
                               { controller: page.controller, stack: page.stack, customerId: customerId })
    }

    RecordView {
        id: lead
        controller: page.controller
        entity: "lead"
        recordId: page.leadId
    }
    LeadActions {
        id: actions
        controller: page.controller
    }
    LeadDuplicates {
        id: duplicates
        controller: page.controller
        excludeId: page.leadId
        phone: page.fields.phone ?? ""
        companyName: page.fields.company_name ?? ""
    }

    header: BackHeader {
        title: page.title
        subtitle: (page.fields.company_name ?? "") !== "" ? (page.fields.person_name ?? "") : ""
        onBack: page.stack.pop()
        LeadStatusChip { status: page.fields.status ?? "" }
        ReassignButton {
            controller: page.controller
            entity: "lead"
            recordId: page.leadId
            ownerId: page.fields.owner_id ?? ""
        }
    }

    footer: Pane {
        Material.elevation: 4
        visible: page.open
        RowLayout {
            anchors.left: parent.left
            anchors.right: parent.right
            spacing: 8
            Button {
                objectName: "markInvalidButton"
                Layout.fillWidth: true
                text: qsTr("Mark invalid")
                onClicked: invalidDialog.open()
            }
            PrimaryButton {
                objectName: "qualifyButton"
                Layout.fillWidth: true
                text: qsTr("Qualify")
                onClicked: page.qualify()
            }
        }
    }

    Flickable {
        anchors.fill: parent
        contentHeight: column.implicitHeight + 32
        clip: true

        ColumnLayout {
            id: column
            x: 16
            y: 16
            width: parent.width - 32
            spacing: 10

            PendingMarker { visible: lead.pending }
            Label {
                visible: !lead.found
                text: qsTr("This lead is no longer on this device.")
                opacity: 0.7
            }
            FieldMessage {
                objectName: "leadActionError"
                text: actions.errorText
            }
            FieldRow { label: qsTr("Person"); value: page.fields.person_name ?? "" }
            FieldRow { label: qsTr("Company"); value: page.fields.company_name ?? "" }
            RowLayout {
                Layout.fillWidth: true
                visible: (page.fields.phone ?? "") !== ""
                FieldRow { label: qsTr("Phone"); value: page.fields.phone ?? "" }
                Button {
                    objectName: "callLeadButton"
                    text: qsTr("Call")
                    flat: true
                    onClicked: Qt.openUrlExternally("tel:" + page.fields.phone.replace(/[^0-9+]/g, ""))
                }
            }
            FieldRow { label: qsTr("Source"); value: page.fields.source ?? "" }
            FieldRow { label: qsTr("Region"); value: page.fields.region ?? "" }
            FieldRow { label: qsTr("Priority"); value: page.fields.priority ? CodeLabels.priority(page.fields.priority) : "" }
            FieldRow { label: qsTr("Captured"); value: Fmt.dateTime(page.fields.created_at ?? "") }
            FieldRow {
                objectName: "invalidReasonRow"
                label: qsTr("Reason invalid")
                value: page.fields.status === "invalid" ? (page.fields.invalid_reason ?? "") : ""
            }
            Button {
                objectName: "openConvertedCustomerButton"
                visible: page.fields.status === "converted" && (page.fields.converted_customer_id ?? "") !== ""
                text: qsTr("Open the customer")
                flat: true
                onClicked: page.openPage("CustomerDetailPage.qml", { customerId: page.fields.converted_customer_id })
            }

            SectionTitle {
                visible: duplicates.count > 0
                text: qsTr("Possible duplicates")
            }
            Repeater {
                model: duplicates.matches
                delegate: Label {
                    required property var modelData
                    Layout.fillWidth: true
                    wrapMode: Text.Wrap
                    text: qsTr("%1: %2").arg(CodeLabels.entity(modelData.entity)).arg(modelData.label)
                }
            }
        }
    }

    Dialog {
        id: invalidDialog
        title: qsTr("Why is the lead invalid?")
        modal: true
        anchors.centerIn: parent
        width: parent.width - 48
        onOpened: reasonField.forceActiveFocus()

        ColumnLayout {
            objectName: "invalidDialog"
            anchors.fill: parent
            TextField {
                id: reasonField
                objectName: "invalidReasonField"
                Layout.fillWidth: true
                placeholderText: qsTr("e.g. wrong number, no need")
                onTextEdited: actions.clearError("invalid_reason")
            }
            FieldMessage {
                objectName: "invalidReasonError"
                text: actions.errors.invalid_reason ?? ""
            }
        }
        footer: DialogButtonBox {
            Button {
                objectName: "cancelInvalidButton"
                text: qsTr("Cancel")
                flat: true
                DialogButtonBox.buttonRole: DialogButtonBox.RejectRole
            }
            Button {
                objectName: "confirmInvalidButton"
                text: qsTr("Mark invalid")
                flat: true
                onClicked: {
                    if (actions.markInvalid(page.leadId, reasonField.text))
                        invalidDialog.close()
                }
            }
        }
    }
}
