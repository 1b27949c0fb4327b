import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import CrmMobile

// The rep's follow-up tasks: open ones by due date (overdue in red, today, later, no date), done
// ones collapsed at the end. Tick to mark done; snooze to tomorrow or next week; "+" for a new one.
Page {
    id: page

    required property AppController controller
    required property StackView stack

    objectName: "taskListPage"

    function sectionTitle(section) {
        switch (section) {
        case "overdue": return qsTr("Overdue")
        case "today": return qsTr("Today")
        case "later": return qsTr("Later")
        case "none": return qsTr("No due date")
        case "done": return qsTr("Done")
        default: return section
        }
    }

    TaskListModel {
        id: tasks
        objectName: "taskModel"
        controller: page.controller
    }
    TaskEditor {
        id: editor
        controller: page.controller
    }

    ListView {
        id: list
        objectName: "taskList"
        anchors.fill: parent
        model: tasks
        clip: true
        ScrollIndicator.vertical: ScrollIndicator {}

        header: Label {
            objectName: "taskListEmpty"
            visible: tasks.count === 0 && !tasks.showDone
            width: list.width
            height: visible ? implicitHeight : 0
            padding: 24
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.Wrap
            text: qsTr("No open tasks. Follow-up dates of visits create tasks here.")
            opacity: 0.6
        }

        section.property: "section"
        section.delegate: SectionHeader {
            required property string section
            text: page.sectionTitle(section)
            alarm: section === "overdue"
        }

        delegate: ItemDelegate {
            id: row

            required property var model
            readonly property string taskTitle: model.title

            objectName: "taskDelegate"
            width: list.width

            contentItem: RowLayout {
                spacing: 6
                CheckBox {
                    objectName: "taskDoneBox"
                    checked: row.model.done
                    onClicked: editor.setDone(row.model.id, checked)
                }
                ColumnLayout {
                    Layout.fillWidth: true
                    spacing: 1
                    Label {
                        Layout.fillWidth: true
                        text: row.model.title
                        font.strikeout: row.model.done
                        opacity: row.model.done ? 0.6 : 1
                        wrapMode: Text.Wrap
                        maximumLineCount: 2
                        elide: Text.ElideRight
                    }
                    Label {
                        Layout.fillWidth: true
                        visible: text !== ""
                        text: [row.model.dueAt !== "" ? (row.model.section === "today" ? Fmt.time(row.model.dueAt)
                                                                                        : Fmt.dateTime(row.model.dueAt)) : "",
                               row.model.relatedName].filter(s => s !== "").join(" · ")
                        opacity: 0.7
                        font.pixelSize: 13
                        elide: Text.ElideRight
                    }
                    Label {
                        objectName: "taskLateLabel"
                        visible: row.model.overdue
                        text: row.model.lateText
                        color: Material.color(Material.Red)
                        font.pixelSize: 12
                        font.bold: true
                    }
                    Label {
                        visible: row.model.pending
                        text: qsTr("not yet synced")
                        font.pixelSize: 12
                        color: Material.color(Material.DeepOrange)
                    }
                }
                ToolButton {
                    objectName: "taskSnoozeButton"
                    visible: !row.model.done
                    text: qsTr("Snooze")
                    font.pixelSize: 13
                    onClicked: snoozeMenu.open()
                    Menu {
                        id: snoozeMenu
                        MenuItem {
                            objectName: "snoozeTomorrowItem"
                            text: qsTr("Tomorrow")
                            onTriggered: editor.snooze(row.model.id, 1)
                        }
                        MenuItem {
                            objectName: "snoozeNextWeekItem"
                            text: qsTr("Next week")
                            onTriggered: editor.snooze(row.model.id, 7)
                        }
                    }
                }
            }
        }

        footer: Button {
            objectName: "showDoneButton"
            visible: tasks.doneCount > 0
            height: visible ? implicitHeight : 0
            flat: true
            x: 8
            text: tasks.showDone ? qsTr("Hide done tasks") : qsTr("Show done tasks (%1)").arg(tasks.doneCount)
            onClicked: tasks.showDone = !tasks.showDone
        }
    }

    RoundButton {
        objectName: "newTaskButton"
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        anchors.margins: 16
        width: 56
        height: 56
        text: "+"
        font.pixelSize: 26
        highlighted: true
        Material.elevation: GraphicsInfo.api === GraphicsInfo.Software ? 0 : 6
        onClicked: page.stack.push(Qt.resolvedUrl("TaskFormPage.qml"), { controller: page.controller, stack: page.stack })
    }
}
