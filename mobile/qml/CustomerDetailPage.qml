import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import CrmMobile

// One customer: fields, phone actions, contacts and the visits timeline; "Record visit" below.
Page {
    id: page

    required property AppController controller
    required property StackView stack
    property string customerId


    objectName: "customerDetailPage"
    title: detail.name

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
    VisitListModel {
        id: visits
        objectName: "visitModel"
        controller: page.controller
        customerId: page.customerId
    }

    header: ToolBar {
        Material.background: "white"
        Material.foreground: Material.color(Material.Grey, Material.Shade900)
        RowLayout {
            anchors.fill: parent
            ToolButton {
                objectName: "backButton"
                text: "‹"
                font.pixelSize: 24
                onClicked: page.stack.pop()
            }
            Label {
                Layout.fillWidth: true
                text: detail.name
                font.pixelSize: 18
                font.bold: true
                elide: Text.ElideRight
            }
            LifecycleChip {
                lifecycle: detail.lifecycle
                Layout.rightMargin: 12
            }
        }
    }

    footer: Pane {
        Material.elevation: 4
        PrimaryButton {
            objectName: "recordVisitButton"
            anchors.left: parent.left
            anchors.right: parent.right
            text: qsTr("Record visit")
            enabled: detail.found
            onClicked: page.stack.push(Qt.resolvedUrl("VisitFormPage.qml"), { controller: page.controller, stack: page.stack,
                                                                          customerId: page.customerId, customerName: detail.name })
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

            Label {
                visible: detail.pending
                text: qsTr("not yet synced")
                color: Material.color(Material.DeepOrange)
            }
            FieldRow { label: qsTr("Kind"); value: detail.kind === "person" ? qsTr("Person") : detail.kind === "company" ? qsTr("Company") : detail.kind }
            FieldRow { label: qsTr("Industry"); value: detail.industry }
            FieldRow { label: qsTr("Region"); value: detail.region }
            FieldRow { label: qsTr("Address"); value: detail.address }
            FieldRow { label: qsTr("Level"); value: detail.level }
            FieldRow { label: qsTr("Tags"); value: detail.tags }

            RowLayout {
                visible: detail.phone !== ""
                Layout.fillWidth: true
                FieldRow { label: qsTr("Phone"); value: detail.phone }
                Button {
                    objectName: "callButton"
                    text: qsTr("Call")
                    flat: true
                    onClicked: Qt.openUrlExternally("tel:" + detail.phone)
                }
                Button {
                    objectName: "copyPhoneButton"
                    text: qsTr("Copy")
                    flat: true
                    onClicked: page.controller.copyToClipboard(detail.phone)
                }
            }

            Label {
                text: qsTr("Contacts")
                font.bold: true
                font.pixelSize: 16
                color: Material.primary
                Layout.topMargin: 8
            }
            Label {
                visible: contacts.count === 0
                text: qsTr("No contacts")
                opacity: 0.6
            }
            Repeater {
                model: contacts
                delegate: ColumnLayout {
                    required property var model
                    Layout.fillWidth: true
                    spacing: 0
                    Label {
                        text: model.name + (model.title !== "" ? " · " + model.title : "")
                              + (model.keyPerson ? "  ★" : "")
                    }
                    Label {
                        text: [model.mobile, model.phone, model.email].filter(s => s !== "").join(" · ")
                        opacity: 0.65
                        font.pixelSize: 13
                        visible: text !== ""
                    }
                }
            }

            Label {
                text: qsTr("Visits")
                font.bold: true
                font.pixelSize: 16
                color: Material.primary
                Layout.topMargin: 8
            }
            Label {
                visible: visits.count === 0
                text: qsTr("No visits yet")
                opacity: 0.6
            }
            Repeater {
                objectName: "visitRepeater"
                model: visits
                delegate: RowLayout {
                    required property var model
                    objectName: "visitDelegate"
                    Layout.fillWidth: true
                    spacing: 10
                    Rectangle {
                        Layout.alignment: Qt.AlignTop
                        Layout.topMargin: 6
                        width: 10
                        height: 10
                        radius: 5
                        color: model.pending ? Material.color(Material.DeepOrange) : Material.primary
                    }
                    ColumnLayout {
                        Layout.fillWidth: true
                        spacing: 1
                        Label {
                            text: model.checkInAt !== "" ? model.checkInAt : qsTr("planned %1").arg(model.plannedAt)
                            font.bold: true
                        }
                        Label {
                            Layout.fillWidth: true
                            visible: text !== ""
                            text: model.purpose
                            wrapMode: Text.Wrap
                        }
                        Label {
                            Layout.fillWidth: true
                            visible: model.outcome !== ""
                            text: qsTr("Outcome: %1").arg(model.outcome)
                            wrapMode: Text.Wrap
                            opacity: 0.75
                        }
                        Label {
                            objectName: "visitPendingMarker"
                            visible: model.pending
                            text: qsTr("not yet synced")
                            font.pixelSize: 12
                            color: Material.color(Material.DeepOrange)
                        }
                    }
                }
            }
        }
    }
}
