import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import CrmMobile

// Captures a lead offline. While the phone or company is typed, leads, customers and contacts
// on the device with the same normalized phone or company name are listed as possible
// duplicates; the rep may still save. What is typed is kept as a draft until saved.
Page {
    id: page

    required property AppController controller
    required property StackView stack
    property bool restoring: true

    objectName: "leadFormPage"
    title: qsTr("New lead")

    function values() {
        return { person_name: personField.text, company_name: companyField.text, phone: phoneField.text,
                 source: sourceField.text, region: regionField.text, priority: priorityBox.currentValue }
    }
    function keepDraft() {
        if (!page.restoring)
            drafts.save(page.values())
    }
    function save() {
        const id = actions.capture(page.values())
        if (id === "")
            return
        drafts.clear()
        page.stack.replace(Qt.resolvedUrl("LeadDetailPage.qml"), { controller: page.controller, stack: page.stack, leadId: id })
    }

    LeadActions {
        id: actions
        controller: page.controller
    }
    LeadDuplicates {
        id: duplicates
        objectName: "leadDuplicates"
        controller: page.controller
        phone: phoneField.text
        companyName: companyField.text
    }
    DraftStore {
        id: drafts
        replicaPath: page.controller.replicaPath
        key: "lead/new"
    }
    Component.onCompleted: {
        const d = drafts.load()
        personField.text = d.person_name ?? ""
        companyField.text = d.company_name ?? ""
        phoneField.text = d.phone ?? ""
        sourceField.text = d.source ?? ""
        regionField.text = d.region ?? ""
        const priority = priorityBox.indexOfValue(d.priority ?? "normal")
        priorityBox.currentIndex = priority >= 0 ? priority : 1
        page.restoring = false
    }

    header: BackHeader {
        title: qsTr("New lead")
        backObjectName: "cancelLeadButton"
        onBack: page.stack.pop()
    }

    footer: Pane {
        Material.elevation: 4
        PrimaryButton {
            objectName: "saveLeadButton"
            anchors.left: parent.left
            anchors.right: parent.right
            text: duplicates.count > 0 ? qsTr("Save anyway") : qsTr("Save lead")
            onClicked: page.save()
        }
    }

    Flickable {
        anchors.fill: parent
        contentHeight: form.implicitHeight + 32
        clip: true
        ScrollIndicator.vertical: ScrollIndicator {}

        ColumnLayout {
            id: form
            x: 16
            y: 12
            width: parent.width - 32
            spacing: 4

            FormLabel { text: qsTr("Person") }
            TextField {
                id: personField
                objectName: "personField"
                Layout.fillWidth: true
                placeholderText: qsTr("Name of the person")
                onTextChanged: { actions.clearError("person_name"); page.keepDraft() }
            }
            FieldMessage { objectName: "personError"; text: actions.errors.person_name ?? "" }

            FormLabel { text: qsTr("Company") }
            TextField {
                id: companyField
                objectName: "companyField"
                Layout.fillWidth: true
                placeholderText: qsTr("Company name")
                onTextChanged: { actions.clearError("company_name"); page.keepDraft() }
            }
            FieldMessage { objectName: "companyError"; text: actions.errors.company_name ?? "" }

            FormLabel { text: qsTr("Phone") }
            TextField {
                id: phoneField
                objectName: "phoneField"
                Layout.fillWidth: true
                inputMethodHints: Qt.ImhDialableCharactersOnly
                placeholderText: qsTr("Phone")
                onTextChanged: { actions.clearError("phone"); page.keepDraft() }
            }
            FieldMessage { objectName: "phoneError"; text: actions.errors.phone ?? "" }

            Pane {
                objectName: "duplicateWarning"
                Layout.fillWidth: true
                Layout.topMargin: 4
                visible: duplicates.count > 0
                padding: 10
                Material.background: Material.color(Material.Amber, Material.Shade50)
                background: Rectangle {
                    color: Material.color(Material.Amber, Material.Shade50)
                    border.color: Material.color(Material.Amber)
                    radius: 6
                }
                ColumnLayout {
                    anchors.left: parent.left
                    anchors.right: parent.right
                    spacing: 4
                    Label {
                        Layout.fillWidth: true
                        text: qsTr("Possible duplicate: %n record(s) on this device", "", duplicates.count)
                        font.bold: true
                        wrapMode: Text.Wrap
                    }
                    Repeater {
                        model: duplicates.matches
                        delegate: Label {
                            required property var modelData
                            objectName: "duplicateDelegate"
                            Layout.fillWidth: true
                            wrapMode: Text.Wrap
                            text: qsTr("%1: %2 (%3)").arg(CodeLabels.entity(modelData.entity)).arg(modelData.label)
                                  .arg(modelData.samePhone && modelData.sameCompany ? qsTr("same phone and company")
                                       : modelData.samePhone ? qsTr("same phone") : qsTr("same company"))
                        }
                    }
                    Label {
                        Layout.fillWidth: true
                        text: qsTr("You can still save the lead.")
                        opacity: 0.7
                        font.pixelSize: 12
                    }
                }
            }

            FormLabel { text: qsTr("Source") }
            TextField {
                id: sourceField
                objectName: "sourceField"
                Layout.fillWidth: true
                placeholderText: qsTr("e.g. trade fair, referral")
                onTextChanged: { actions.clearError("source"); page.keepDraft() }
            }
            FieldMessage { objectName: "sourceError"; text: actions.errors.source ?? "" }

            FormLabel { text: qsTr("Region") }
            TextField {
                id: regionField
                objectName: "regionField"
                Layout.fillWidth: true
                placeholderText: qsTr("Region")
                onTextChanged: { actions.clearError("region"); page.keepDraft() }
            }
            FieldMessage { objectName: "regionError"; text: actions.errors.region ?? "" }

            FormLabel { text: qsTr("Priority") }
            ComboBox {
                id: priorityBox
                objectName: "priorityField"
                Layout.fillWidth: true
                model: ["low", "normal", "high"].map(p => ({ value: p, text: CodeLabels.priority(p) }))
                textRole: "text"
                valueRole: "value"
                onActivated: page.keepDraft()
            }

            FieldMessage {
                objectName: "leadFormError"
                Layout.topMargin: 8
                text: actions.errorText
            }
        }
    }
}
