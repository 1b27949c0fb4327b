import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import CrmMobile

// Headquarters' duplicate review: the server's groups of duplicate leads or customers with their
// records side by side; pick the survivor (the oldest by default) and merge; undo a recent merge.
// Needs a connection (the groups are computed company-wide by the server).
Page {
    id: page

    required property AppController controller
    required property StackView stack

    objectName: "duplicatesPage"
    title: qsTr("Duplicates")

    header: BackHeader {
        onBack: page.stack.pop()
        title: page.title
        subtitle: duplicates.entity === "lead" ? qsTr("Leads") : qsTr("Customers")

        ToolButton {
            objectName: "duplicatesRefreshButton"
            text: qsTr("Refresh")
            enabled: !duplicates.busy
            onClicked: duplicates.refresh()
        }
    }

    DuplicatesModel {
        id: duplicates
        objectName: "duplicatesModel"
        controller: page.controller
    }

    RowLayout {
        anchors.fill: parent
        anchors.margins: 12
        spacing: 12

        // Groups
        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: 8

            RowLayout {
                spacing: 8
                ChoiceChip {
                    objectName: "duplicatesLeadsChip"
                    checkable: false
                    text: qsTr("Leads")
                    checked: duplicates.entity === "lead"
                    onClicked: duplicates.entity = "lead"
                }
                ChoiceChip {
                    objectName: "duplicatesCustomersChip"
                    checkable: false
                    text: qsTr("Customers")
                    checked: duplicates.entity === "customer"
                    onClicked: duplicates.entity = "customer"
                }
                BusyIndicator {
                    running: duplicates.busy
                    visible: running
                    Layout.preferredHeight: 28
                    Layout.preferredWidth: 28
                }
                Item { Layout.fillWidth: true }
            }

            Label {
                objectName: "duplicatesOfflineLabel"
                visible: duplicates.offline
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                color: Material.color(Material.Red)
                text: qsTr("Reviewing duplicates needs a connection to the server. Try again when you are online.")
            }
            Label {
                objectName: "duplicatesErrorLabel"
                visible: !duplicates.offline && duplicates.error !== ""
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                color: Material.color(Material.Red)
                text: duplicates.error
            }
            Label {
                objectName: "duplicatesResultLabel"
                visible: duplicates.lastResult !== ""
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                color: Material.color(Material.Green, Material.Shade800)
                text: duplicates.lastResult
            }
            Label {
                objectName: "noDuplicatesLabel"
                visible: !duplicates.busy && !duplicates.offline && duplicates.error === "" && duplicates.groups.length === 0
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                opacity: 0.6
                text: qsTr("No duplicates found.")
            }

            ListView {
                id: groupList
                objectName: "duplicateGroupList"
                Layout.fillWidth: true
                Layout.fillHeight: true
                clip: true
                spacing: 12
                model: duplicates.groups

                delegate: Pane {
                    id: groupCard

                    required property int index
                    required property var modelData
                    // The chosen survivor: the oldest record unless the user picks another.
                    property string survivorId: modelData.records.length > 0 ? modelData.records[0].id : ""

                    objectName: "duplicateGroup"
                    width: groupList.width
                    padding: 12
                    background: Rectangle {
                        radius: 8
                        color: "white"
                        border.color: Material.color(Material.Grey, Material.Shade300)
                    }

                    ColumnLayout {
                        width: parent.width
                        spacing: 8

                        RowLayout {
                            Layout.fillWidth: true
                            Label {
                                Layout.fillWidth: true
                                font.bold: true
                                text: qsTr("%n record(s): %1", "", groupCard.modelData.records.length)
                                      .arg(groupCard.modelData.reasonText)
                            }
                            PrimaryButton {
                                objectName: "mergeButton"
                                text: qsTr("Merge into the chosen one")
                                enabled: !duplicates.busy && groupCard.survivorId !== ""
                                onClicked: duplicates.mergeGroup(groupCard.index, groupCard.survivorId)
                            }
                        }

                        Flow {
                            Layout.fillWidth: true
                            spacing: 8

                            Repeater {
                                model: groupCard.modelData.records

                                delegate: Rectangle {
                                    id: recordCard

                                    required property var modelData
                                    readonly property bool chosen: groupCard.survivorId === modelData.id

                                    objectName: "duplicateRecord"
                                    width: Math.max(220, (groupCard.width - 48) / Math.min(3, groupCard.modelData.records.length))
                                    height: recordColumn.implicitHeight + 16
                                    radius: 6
                                    color: chosen ? Material.color(Material.Blue, Material.Shade50) : "#fafafa"
                                    border.color: chosen ? Material.color(Material.Blue) : Material.color(Material.Grey, Material.Shade300)

                                    ColumnLayout {
                                        id: recordColumn
                                        x: 8
                                        y: 8
                                        width: parent.width - 16
                                        spacing: 2

                                        RadioButton {
                                            objectName: "survivorRadio"
                                            checked: recordCard.chosen
                                            text: recordCard.chosen ? qsTr("Keeps (survivor)") : qsTr("Keep this one")
                                            onClicked: groupCard.survivorId = recordCard.modelData.id
                                        }
                                        Label {
                                            Layout.fillWidth: true
                                            font.bold: true
                                            elide: Text.ElideRight
                                            text: recordCard.modelData.title
                                        }
                                        Label {
                                            Layout.fillWidth: true
                                            visible: text !== ""
                                            elide: Text.ElideRight
                                            text: recordCard.modelData.subtitle
                                        }
                                        Label {
                                            Layout.fillWidth: true
                                            font.pixelSize: 13
                                            text: qsTr("Phone: %1").arg(recordCard.modelData.phone || "—")
                                        }
                                        Label {
                                            Layout.fillWidth: true
                                            font.pixelSize: 13
                                            text: qsTr("Owner: %1").arg(recordCard.modelData.owner)
                                        }
                                        Label {
                                            Layout.fillWidth: true
                                            font.pixelSize: 13
                                            opacity: 0.7
                                            text: qsTr("Created %1").arg(recordCard.modelData.createdText)
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }

        // Recent merges
        Pane {
            Layout.preferredWidth: Math.min(380, page.width * 0.32)
            Layout.fillHeight: true
            padding: 12
            background: Rectangle {
                radius: 8
                color: Material.color(Material.Grey, Material.Shade50)
            }

            ColumnLayout {
                anchors.fill: parent
                spacing: 8

                Label {
                    font.bold: true
                    text: qsTr("Recent merges")
                }
                Label {
                    visible: duplicates.merges.length === 0
                    opacity: 0.6
                    text: qsTr("None yet.")
                }
                ListView {
                    id: mergeList
                    objectName: "mergeList"
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    clip: true
                    spacing: 6
                    model: duplicates.merges

                    delegate: RowLayout {
                        id: mergeRow

                        required property var modelData

                        objectName: "mergeRow"
                        width: mergeList.width
                        spacing: 8

                        ColumnLayout {
                            Layout.fillWidth: true
                            spacing: 0
                            Label {
                                Layout.fillWidth: true
                                elide: Text.ElideRight
                                text: (mergeRow.modelData.entity === "lead" ? qsTr("Lead") : qsTr("Customer")) + " · "
                                      + (mergeRow.modelData.survivorLabel || mergeRow.modelData.survivorId)
                            }
                            Label {
                                Layout.fillWidth: true
                                font.pixelSize: 12
                                opacity: 0.7
                                elide: Text.ElideRight
                                text: qsTr("%n duplicate(s) · %1 · %2", "", mergeRow.modelData.count)
                                      .arg(mergeRow.modelData.by).arg(mergeRow.modelData.atText)
                            }
                        }
                        Button {
                            objectName: "undoMergeButton"
                            visible: !mergeRow.modelData.undone
                            enabled: !duplicates.busy
                            text: qsTr("Undo")
                            onClicked: duplicates.undo(mergeRow.modelData.id)
                        }
                        Label {
                            visible: mergeRow.modelData.undone
                            opacity: 0.6
                            text: qsTr("Undone")
                        }
                    }
                }
            }
        }
    }
}
