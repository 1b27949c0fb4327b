import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import CrmMobile

// The server's conflict log (managers and headquarters): two edits of the same field met, the
// later one was kept. Each row shows both values side by side with who and when; "Re-apply"
// writes the losing value back as your change, "Dismiss" closes the conflict. Online only.
Page {
    id: page

    required property AppController controller
    required property StackView stack

    objectName: "conflictsPage"
    title: qsTr("Conflicts")

    header: BackHeader {
        onBack: page.stack.pop()
        title: page.title
        subtitle: conflicts.loading ? qsTr("Loading…") : qsTr("%n conflict(s)", "", conflicts.count)
        ToolButton {
            objectName: "refreshConflictsButton"
            text: qsTr("Refresh")
            onClicked: conflicts.refresh()
        }
    }

    ConflictListModel {
        id: conflicts
        objectName: "conflictModel"
        controller: page.controller
        onActionDone: (message) => notice.show(message)
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        RowLayout {
            Layout.fillWidth: true
            Layout.margins: 8
            spacing: 8
            Repeater {
                model: [{value: "open", label: qsTr("Open")}, {value: "resolved", label: qsTr("Resolved")},
                        {value: "all", label: qsTr("All")}]
                delegate: ChoiceChip {
                    required property var modelData
                    objectName: "conflictStatus_" + modelData.value
                    checkable: false
                    text: modelData.label
                    checked: conflicts.status === modelData.value
                    onClicked: conflicts.status = modelData.value
                }
            }
            Item { Layout.fillWidth: true }
        }

        Label {
            objectName: "conflictsError"
            visible: conflicts.errorString !== ""
            Layout.fillWidth: true
            Layout.leftMargin: 16
            Layout.rightMargin: 16
            wrapMode: Text.Wrap
            color: conflicts.offline ? Material.color(Material.Grey, Material.Shade700) : Material.color(Material.Red)
            text: conflicts.errorString
        }

        Label {
            objectName: "noConflictsLabel"
            visible: conflicts.count === 0 && !conflicts.loading && conflicts.errorString === ""
            Layout.fillWidth: true
            Layout.margins: 32
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.Wrap
            opacity: 0.6
            text: conflicts.status === "open" ? qsTr("No open conflicts: no two edits of the same field have met since the last review.")
                                              : qsTr("No conflicts here.")
        }

        ListView {
            id: list
            objectName: "conflictList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            model: conflicts
            spacing: 8
            topMargin: 4
            bottomMargin: 8
            clip: true

            delegate: Pane {
                id: card

                required property var conflictId
                required property string entityLabel
                required property string title
                required property string fieldLabel
                required property string winningValue
                required property string winningAuthor
                required property string winningAt
                required property string losingValue
                required property string losingAuthor
                required property string losingAt
                required property bool resolved
                required property string resolution
                required property string resolvedBy
                required property bool recordDeleted

                objectName: "conflictDelegate"
                x: 8
                width: list.width - 16
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
                            elide: Text.ElideRight
                            font.bold: true
                            text: card.title !== "" ? qsTr("%1 “%2” · %3").arg(card.entityLabel).arg(card.title).arg(card.fieldLabel)
                                                    : qsTr("%1 · %2").arg(card.entityLabel).arg(card.fieldLabel)
                        }
                        Label {
                            visible: card.recordDeleted
                            font.pixelSize: 12
                            color: Material.color(Material.Red)
                            text: qsTr("record deleted")
                        }
                        Label {
                            visible: card.resolved
                            objectName: "conflictResolution"
                            font.pixelSize: 12
                            opacity: 0.7
                            text: card.resolution === "reapplied" ? qsTr("re-applied by %1").arg(card.resolvedBy)
                                                                  : qsTr("dismissed by %1").arg(card.resolvedBy)
                        }
                    }

                    RowLayout {
                        Layout.fillWidth: true
                        spacing: 8
                        Repeater {
                            model: [
                                {kind: qsTr("Kept"), value: card.winningValue, who: card.winningAuthor, at: card.winningAt, tint: Material.Green},
                                {kind: qsTr("Lost"), value: card.losingValue, who: card.losingAuthor, at: card.losingAt, tint: Material.Amber}
                            ]
                            delegate: Rectangle {
                                required property var modelData
                                Layout.fillWidth: true
                                Layout.preferredWidth: 1
                                implicitHeight: side.implicitHeight + 16
                                radius: 6
                                color: Material.color(modelData.tint, Material.Shade50)
                                ColumnLayout {
                                    id: side
                                    x: 8
                                    y: 8
                                    width: parent.width - 16
                                    spacing: 2
                                    Label { font.pixelSize: 12; opacity: 0.7; text: modelData.kind }
                                    Label {
                                        objectName: "conflictValue"
                                        Layout.fillWidth: true
                                        wrapMode: Text.Wrap
                                        font.pixelSize: 15
                                        text: modelData.value
                                    }
                                    Label {
                                        Layout.fillWidth: true
                                        wrapMode: Text.Wrap
                                        font.pixelSize: 12
                                        opacity: 0.7
                                        text: qsTr("%1 · %2").arg(modelData.who !== "" ? modelData.who : qsTr("unknown")).arg(modelData.at)
                                    }
                                }
                            }
                        }
                    }

                    RowLayout {
                        visible: !card.resolved
                        Layout.fillWidth: true
                        Item { Layout.fillWidth: true }
                        Button {
                            objectName: "dismissConflictButton"
                            flat: true
                            enabled: !conflicts.loading
                            text: qsTr("Dismiss")
                            onClicked: conflicts.dismiss(card.conflictId)
                        }
                        PrimaryButton {
                            objectName: "reapplyConflictButton"
                            enabled: !conflicts.loading && !card.recordDeleted
                            text: qsTr("Re-apply lost value")
                            onClicked: conflicts.reapply(card.conflictId)
                        }
                    }
                }
            }
        }
    }

    ToolTip {
        id: notice
        objectName: "conflictNotice"
        timeout: 4000
        x: (page.width - width) / 2
        y: page.height - height - 24
        function show(message) { text = message; open() }
    }
}
