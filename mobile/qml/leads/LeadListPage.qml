import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import CrmMobile

// The Leads tab: search, a status choice (open / converted / invalid / all), the leads newest
// first, and "+" to capture a new one.
Page {
    id: page

    required property AppController controller
    required property StackView stack

    objectName: "leadListPage"
    title: qsTr("Leads")

    function open(file, properties) {
        page.stack.push(Qt.resolvedUrl(file), Object.assign({ controller: page.controller, stack: page.stack }, properties))
    }

    LeadListModel {
        id: leads
        objectName: "leadModel"
        controller: page.controller
    }

    header: ToolBar {
        Material.background: "white"
        Material.foreground: Material.color(Material.Grey, Material.Shade900)
        Material.elevation: 2
        height: headerColumn.implicitHeight + 8

        ColumnLayout {
            id: headerColumn
            anchors.left: parent.left
            anchors.right: parent.right
            anchors.top: parent.top
            anchors.leftMargin: 12
            anchors.rightMargin: 12
            spacing: 0
            TextField {
                objectName: "leadSearchField"
                Layout.fillWidth: true
                placeholderText: qsTr("Search person, company, phone")
                inputMethodHints: Qt.ImhNoPredictiveText
                onTextChanged: leads.filterText = text
            }
            RowLayout {
                spacing: 4
                Layout.bottomMargin: 4
                Repeater {
                    model: [{ code: "open", text: qsTr("Open") }, { code: "converted", text: CodeLabels.leadStatus("converted") },
                            { code: "invalid", text: CodeLabels.leadStatus("invalid") }, { code: "", text: qsTr("All") }]
                    delegate: ChoiceChip {
                        required property var modelData
                        objectName: "leadStatusChip"
                        value: modelData.code
                        text: modelData.text
                        checked: leads.status === modelData.code
                        onClicked: leads.status = modelData.code
                    }
                }
            }
        }
    }

    ListView {
        id: list
        objectName: "leadList"
        anchors.fill: parent
        clip: true
        model: leads

        delegate: ItemDelegate {
            id: row
            required property var model
            readonly property string leadName: model.companyName !== "" ? model.companyName : model.personName

            objectName: "leadDelegate"
            width: ListView.view.width
            onClicked: page.open("LeadDetailPage.qml", { leadId: row.model.id })

            contentItem: RowLayout {
                spacing: 8
                ColumnLayout {
                    Layout.fillWidth: true
                    spacing: 2
                    Label {
                        Layout.fillWidth: true
                        text: row.leadName
                        font.pixelSize: 16
                        elide: Text.ElideRight
                    }
                    Label {
                        Layout.fillWidth: true
                        visible: text !== ""
                        text: [row.model.companyName !== "" ? row.model.personName : "", row.model.phone, row.model.region,
                               row.model.source].filter(s => s !== "").join(" · ")
                        font.pixelSize: 13
                        opacity: 0.65
                        elide: Text.ElideRight
                    }
                    PendingMarker {
                        objectName: "leadPendingMarker"
                        visible: row.model.pending
                    }
                }
                ColumnLayout {
                    spacing: 2
                    LeadStatusChip {
                        Layout.alignment: Qt.AlignRight
                        status: row.model.status
                    }
                    Label {
                        Layout.alignment: Qt.AlignRight
                        visible: row.model.priority === "high"
                        text: CodeLabels.priority("high")
                        color: Material.color(Material.Red)
                        font.pixelSize: 12
                    }
                }
            }
        }

        Label {
            anchors.centerIn: parent
            visible: list.count === 0
            text: qsTr("No leads here")
            opacity: 0.6
        }

        ScrollIndicator.vertical: ScrollIndicator {}
    }

    RoundButton {
        objectName: "newLeadButton"
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        anchors.margins: 20
        width: 60
        height: 60
        text: "+"
        font.pixelSize: 28
        highlighted: true
        onClicked: page.open("LeadFormPage.qml", {})
        // The software renderer (offscreen) cannot draw Material's elevation: drop the shadow there.
        Component.onCompleted: if (GraphicsInfo.api === GraphicsInfo.Software && background) background.layer.enabled = false
    }
}
