import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import CrmMobile

// One customer: fields, call / copy phone, contacts, opportunities (tap: the deal), and the
// timeline of visits and the manager's comments, newest first. "Plan visit" / "Record visit" below.
Page {
    id: page

    required property AppController controller
    required property StackView stack
    property string customerId

    objectName: "customerDetailPage"
    title: detail.name

    function open(file, properties) {
        page.stack.push(Qt.resolvedUrl(file), Object.assign({ controller: page.controller, stack: page.stack }, properties))
    }

    CustomerDetail {
        id: detail
        controller: page.controller
        customerId: page.customerId
    }
    ContactListModel {
        id: contacts
        controller: page.controller
        customerId: page.customerId
    }
    OpportunityListModel {
        id: deals
        objectName: "customerDealsModel"
        controller: page.controller
        customerId: page.customerId
        status: ""
    }
    TimelineModel {
        id: timeline
        objectName: "visitModel"
        controller: page.controller
        customerId: page.customerId
    }

    RecordView {
        id: record
        controller: page.controller
        entity: "customer"
        recordId: page.customerId
    }

    header: BackHeader {
        title: detail.name
        onBack: page.stack.pop()
        ValueSegmentChip {
            segment: detail.valueSegment
            score: detail.valueScore === "" ? undefined : Number(detail.valueScore)
        }
        LifecycleChip { lifecycle: detail.lifecycle }
        ReassignButton {
            controller: page.controller
            entity: "customer"
            recordId: page.customerId
            ownerId: record.fields.owner_id ?? ""
        }
    }

    footer: Pane {
        Material.elevation: 4
        RowLayout {
            anchors.left: parent.left
            anchors.right: parent.right
            spacing: 8
            Button {
                objectName: "planVisitButton"
                Layout.fillWidth: true
                text: qsTr("Plan visit")
                enabled: detail.found
                onClicked: page.open("PlanVisitPage.qml", { customerId: page.customerId, customerName: detail.name })
            }
            PrimaryButton {
                objectName: "recordVisitButton"
                Layout.fillWidth: true
                text: qsTr("Record visit")
                enabled: detail.found
                onClicked: page.open("VisitFormPage.qml", { customerId: page.customerId, customerName: detail.name })
            }
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
            y: 16
            width: parent.width - 32
            spacing: 10

            PendingMarker { visible: detail.pending }
            PendingRevisionBanner { controller: page.controller; customerId: page.customerId }
            Label {
                visible: !detail.found
                text: qsTr("This customer is no longer on this device.")
                opacity: 0.7
            }
            FieldRow { label: qsTr("Kind"); value: detail.kind === "person" ? qsTr("Person") : detail.kind === "company" ? qsTr("Company") : detail.kind }
            FieldRow { label: qsTr("Industry"); value: detail.industry }
            FieldRow { label: qsTr("Region"); value: detail.region }
            FieldRow { label: qsTr("Address"); value: detail.address }
            FieldRow { label: qsTr("Level"); value: detail.level }
            FieldRow {
                objectName: "valueScoreRow"
                label: qsTr("Value")
                value: detail.valueSegment === "" ? ""
                    : qsTr("Segment %1, score %2 of 100").arg(detail.valueSegment).arg(Number(detail.valueScore).toFixed(1))
            }
            FieldRow { label: qsTr("Tags"); value: detail.tags }

            RowLayout {
                visible: detail.phone !== ""
                Layout.fillWidth: true
                FieldRow { label: qsTr("Phone"); value: detail.phone }
                Button {
                    objectName: "callButton"
                    text: qsTr("Call")
                    flat: true
                    onClicked: Qt.openUrlExternally("tel:" + detail.phone.replace(/[^0-9+]/g, ""))
                }
                Button {
                    objectName: "copyPhoneButton"
                    text: qsTr("Copy")
                    flat: true
                    onClicked: page.controller.copyToClipboard(detail.phone)
                }
            }

            SectionTitle { text: qsTr("Contacts") }
            Label {
                visible: contacts.count === 0
                text: qsTr("No contacts")
                opacity: 0.6
            }
            Repeater {
                model: contacts
                delegate: RowLayout {
                    id: contactRow
                    required property var model
                    objectName: "contactDelegate"
                    Layout.fillWidth: true
                    ColumnLayout {
                        Layout.fillWidth: true
                        spacing: 0
                        Label {
                            Layout.fillWidth: true
                            text: contactRow.model.name + (contactRow.model.title !== "" ? " · " + contactRow.model.title : "")
                                  + (contactRow.model.keyPerson ? "  ★" : "")
                            elide: Text.ElideRight
                        }
                        Label {
                            Layout.fillWidth: true
                            text: [contactRow.model.mobile, contactRow.model.phone, contactRow.model.email].filter(s => s !== "").join(" · ")
                            opacity: 0.65
                            font.pixelSize: 13
                            visible: text !== ""
                            elide: Text.ElideRight
                        }
                        PendingMarker { visible: contactRow.model.pending }
                    }
                    ToolButton {
                        objectName: "callContactButton"
                        readonly property string number: contactRow.model.mobile !== "" ? contactRow.model.mobile : contactRow.model.phone
                        visible: number !== ""
                        text: qsTr("Call")
                        font.capitalization: Font.MixedCase
                        onClicked: Qt.openUrlExternally("tel:" + number.replace(/[^0-9+]/g, ""))
                    }
                }
            }

            RowLayout {
                Layout.fillWidth: true
                SectionTitle {
                    Layout.fillWidth: true
                    text: qsTr("Opportunities")
                }
                Button {
                    objectName: "addOpportunityButton"
                    text: qsTr("Add")
                    flat: true
                    enabled: detail.found
                    Layout.topMargin: 10
                    onClicked: page.open("OpportunityFormPage.qml", { customerId: page.customerId, customerName: detail.name })
                }
            }
            Label {
                visible: deals.count === 0
                text: qsTr("No opportunities")
                opacity: 0.6
            }
            Repeater {
                model: deals
                delegate: OpportunityRow {
                    required property var model
                    objectName: "customerDealDelegate"
                    Layout.fillWidth: true
                    Layout.leftMargin: -16
                    Layout.rightMargin: -16
                    deal: model
                    showCustomer: false
                    onClicked: page.open("OpportunityDetailPage.qml", { opportunityId: model.id })
                }
            }

            KeyFieldHistorySection { controller: page.controller; customerId: page.customerId }

            SectionTitle { text: qsTr("Timeline") }
            Label {
                visible: timeline.count === 0
                text: qsTr("No visits yet")
                opacity: 0.6
            }
            Repeater {
                objectName: "visitRepeater"
                model: timeline
                delegate: TimelineRow {
                    required property var model
                    objectName: model.kind === "visit" ? "visitDelegate" : "commentDelegate"
                    Layout.fillWidth: true
                    Layout.leftMargin: -16
                    Layout.rightMargin: -16
                    entry: model
                    onClicked: page.open("VisitDetailPage.qml", { visitId: model.visitId })
                }
            }
        }
    }
}
