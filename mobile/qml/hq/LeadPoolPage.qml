import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import CrmMobile

// Headquarters' lead pools: pools with their counts (from the server), the open leads of the
// chosen pool (from the device), pick several and assign them to a rep or manager.
// The counts and the assignment need a connection.
Page {
    id: page

    required property AppController controller
    required property StackView stack

    objectName: "leadPoolPage"
    title: qsTr("Lead pools")

    header: BackHeader {
        onBack: page.stack.pop()
        title: page.title

        ToolButton {
            objectName: "poolsRefreshButton"
            text: qsTr("Refresh")
            enabled: !pools.busy
            onClicked: pools.refresh()
        }
    }

    LeadPoolModel {
        id: pools
        objectName: "leadPoolModel"
        controller: page.controller
    }

    TeamDirectory {
        id: team
        controller: page.controller
    }

    // Active reps and managers: who may receive leads.
    readonly property var assignees: team.users.filter(u => u.active && u.role !== "hq")

    RowLayout {
        anchors.fill: parent
        anchors.margins: 12
        spacing: 12

        // Pools
        ColumnLayout {
            Layout.preferredWidth: Math.min(360, page.width * 0.3)
            Layout.fillHeight: true
            spacing: 8

            Label {
                objectName: "poolsOfflineLabel"
                visible: pools.offline
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                color: Material.color(Material.Red)
                text: qsTr("Lead pools need a connection to the server. Try again when you are online.")
            }
            Label {
                visible: !pools.offline && pools.error !== ""
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                color: Material.color(Material.Red)
                text: pools.error
            }
            Label {
                objectName: "noPoolsLabel"
                visible: !pools.busy && !pools.offline && pools.error === "" && pools.pools.length === 0
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                opacity: 0.6
                text: qsTr("No unassigned leads.")
            }
            ListView {
                id: poolList
                objectName: "poolList"
                Layout.fillWidth: true
                Layout.fillHeight: true
                clip: true
                spacing: 8
                model: pools.pools

                delegate: ItemDelegate {
                    id: poolRow

                    required property var modelData
                    readonly property bool chosen: pools.poolChosen && pools.pool === modelData.key

                    objectName: "poolRow"
                    width: poolList.width
                    background: Rectangle {
                        radius: 8
                        color: poolRow.chosen ? Material.color(Material.Blue, Material.Shade50) : "white"
                        border.color: poolRow.chosen ? Material.color(Material.Blue) : Material.color(Material.Grey, Material.Shade300)
                    }
                    onClicked: pools.choosePool(modelData.key)

                    contentItem: ColumnLayout {
                        spacing: 2
                        RowLayout {
                            Label {
                                Layout.fillWidth: true
                                font.bold: true
                                elide: Text.ElideRight
                                text: poolRow.modelData.name
                            }
                            Label {
                                font.bold: true
                                text: poolRow.modelData.total
                            }
                        }
                        Label {
                            Layout.fillWidth: true
                            font.pixelSize: 12
                            wrapMode: Text.Wrap
                            text: qsTr("Priority: %1").arg(poolRow.modelData.priorities)
                        }
                        Label {
                            Layout.fillWidth: true
                            font.pixelSize: 12
                            opacity: 0.7
                            wrapMode: Text.Wrap
                            text: qsTr("Region: %1").arg(poolRow.modelData.regions)
                        }
                    }
                }
            }
        }

        // Leads of the chosen pool and the assignment
        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: 8

            Label {
                visible: !pools.poolChosen
                opacity: 0.6
                text: qsTr("Choose a pool to see its leads.")
            }
            Label {
                objectName: "poolResultLabel"
                visible: pools.lastResult !== ""
                color: Material.color(Material.Green, Material.Shade800)
                text: pools.lastResult
            }
            RowLayout {
                visible: pools.poolChosen
                Layout.fillWidth: true
                spacing: 8
                CheckBox {
                    objectName: "selectAllBox"
                    text: qsTr("All")
                    checked: pools.leads.length > 0 && pools.selectedCount === pools.leads.length
                    onClicked: pools.selectAll(checked)
                }
                Item { Layout.fillWidth: true }
                Label { text: qsTr("Assign to") }
                ComboBox {
                    id: assigneeBox
                    objectName: "assigneeBox"
                    Layout.preferredWidth: 220
                    model: page.assignees
                    textRole: "name"
                    valueRole: "id"
                }
                PrimaryButton {
                    objectName: "assignButton"
                    text: qsTr("Assign %n lead(s)", "", pools.selectedCount)
                    enabled: !pools.busy && pools.selectedCount > 0 && assigneeBox.currentIndex >= 0
                    onClicked: pools.assignSelected(assigneeBox.currentValue)
                }
            }
            ListView {
                id: leadList
                objectName: "poolLeadList"
                Layout.fillWidth: true
                Layout.fillHeight: true
                clip: true
                model: pools.leads

                delegate: CheckDelegate {
                    id: leadRow

                    required property var modelData

                    objectName: "poolLeadRow"
                    width: leadList.width
                    checked: modelData.selected
                    onClicked: pools.toggle(modelData.id)
                    text: modelData.title + (modelData.person ? " · " + modelData.person : "")
                          + (modelData.phone ? " · " + modelData.phone : "")
                          + (modelData.region ? " · " + modelData.region : "")
                          + (modelData.priority ? " · " + CodeLabels.priority(modelData.priority) : "")
                }
            }
        }
    }
}
