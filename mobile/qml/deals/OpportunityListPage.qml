import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import CrmMobile

// The Deals tab: the funnel as a row of stage chips (count and total of the open deals), a
// status choice (open / won / lost / all), and the list grouped by stage.
Page {
    id: page

    required property AppController controller
    required property StackView stack

    objectName: "opportunityListPage"
    title: qsTr("Deals")

    OpportunityListModel {
        id: deals
        objectName: "opportunityModel"
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
            anchors.margins: 8
            spacing: 4

            ListView {
                Layout.fillWidth: true
                Layout.preferredHeight: 52
                orientation: ListView.Horizontal
                spacing: 6
                clip: true
                model: [{ stage: "", count: -1, amount: 0 }].concat(deals.summary)
                delegate: ChoiceChip {
                    required property var modelData
                    objectName: "stageChip"
                    value: modelData.stage
                    checked: deals.stage === modelData.stage
                    text: modelData.stage === "" ? qsTr("All stages")
                        : CodeLabels.stage(modelData.stage) + " " + modelData.count
                          + (modelData.amount > 0 ? "\n" + Fmt.money(modelData.amount) : "")
                    font.pixelSize: 12
                    onClicked: deals.stage = modelData.stage
                }
            }
            RowLayout {
                spacing: 4
                Repeater {
                    model: [{ code: "open", text: qsTr("Open") }, { code: "won", text: CodeLabels.dealStatus("won") },
                            { code: "lost", text: CodeLabels.dealStatus("lost") }, { code: "", text: qsTr("All") }]
                    delegate: ChoiceChip {
                        required property var modelData
                        objectName: "dealStatusChip"
                        value: modelData.code
                        text: modelData.text
                        checked: deals.status === modelData.code
                        onClicked: deals.status = modelData.code
                    }
                }
            }
        }
    }

    ListView {
        id: list
        objectName: "opportunityList"
        anchors.fill: parent
        clip: true
        model: deals
        reuseItems: true

        section.property: "stage"
        section.delegate: Pane {
            id: sectionHeader
            required property string section
            width: ListView.view.width
            padding: 6
            leftPadding: 16
            Material.background: Material.color(Material.Grey, Material.Shade100)
            Label {
                text: CodeLabels.stage(sectionHeader.section)
                font.bold: true
                opacity: 0.75
            }
        }

        delegate: OpportunityRow {
            required property var model
            objectName: "opportunityDelegate"
            width: ListView.view.width
            deal: model
            onClicked: page.stack.push(Qt.resolvedUrl("OpportunityDetailPage.qml"),
                                       { controller: page.controller, stack: page.stack, opportunityId: model.id })
        }

        Label {
            anchors.centerIn: parent
            visible: list.count === 0
            text: qsTr("No deals here")
            opacity: 0.6
        }

        ScrollIndicator.vertical: ScrollIndicator {}
    }
}
