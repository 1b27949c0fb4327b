import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import CrmMobile

// The rep's day: the manager's unread comments, overdue visits and tasks (in red, with how
// late), today's planned visits (to do first, then done) with "Check in", and tasks due today.
Page {
    id: page

    required property AppController controller
    required property StackView stack
    /// Unread comments on the rep's visits (the Today tab's badge).
    readonly property alias unreadCount: inbox.unreadCount

    objectName: "todayPage"

    function sectionTitle(section) {
        switch (section) {
        case "overdue": return qsTr("Overdue")
        case "visits": return qsTr("Visits today")
        case "tasks": return qsTr("Tasks due today")
        default: return section
        }
    }
    function openVisit(row) {
        if (row.done)
            page.stack.push(Qt.resolvedUrl("VisitDetailPage.qml"), { controller: page.controller, stack: page.stack,
                                                                     visitId: row.id })
        else
            page.stack.push(Qt.resolvedUrl("VisitFormPage.qml"), { controller: page.controller, stack: page.stack,
                                                                   visitId: row.id, customerId: row.customerId,
                                                                   customerName: row.customerName })
    }

    TodayModel {
        id: today
        objectName: "todayModel"
        controller: page.controller
    }
    CommentListModel {
        id: unreadComments
        objectName: "unreadCommentModel"
        controller: page.controller
        unreadOnly: true
    }
    CommentInbox {
        id: inbox
        objectName: "commentInbox"
        controller: page.controller
    }
    TaskEditor {
        id: tasks
        controller: page.controller
    }

    ListView {
        id: list
        objectName: "todayList"
        anchors.fill: parent
        model: today
        clip: true
        ScrollIndicator.vertical: ScrollIndicator {}

        header: ColumnLayout {
            width: list.width
            spacing: 0

            RowLayout {
                Layout.fillWidth: true
                Layout.leftMargin: 16
                Layout.rightMargin: 8
                Layout.topMargin: 8
                Label {
                    objectName: "todayDateLabel"
                    Layout.fillWidth: true
                    text: Fmt.longDate(Fmt.today())
                    wrapMode: Text.Wrap  // a long date on a phone takes two lines, not the button's place
                    font.pixelSize: 20
                    font.bold: true
                }
                Button {
                    objectName: "planVisitButton"
                    text: qsTr("Plan visit")
                    flat: true
                    Material.foreground: Material.primary
                    onClicked: page.stack.push(Qt.resolvedUrl("PlanVisitPage.qml"),
                                               { controller: page.controller, stack: page.stack })
                }
            }

            // The manager's comments not yet read.
            RowLayout {
                visible: unreadComments.count > 0
                Layout.fillWidth: true
                Layout.leftMargin: 16
                Layout.topMargin: 8
                spacing: 8
                Label {
                    text: qsTr("Comments from your manager")
                    font.bold: true
                    font.pixelSize: 13
                    font.capitalization: Font.AllUppercase
                    color: Material.primary
                }
                Rectangle {
                    objectName: "todayCommentsBadge"
                    property int count: inbox.unreadCount
                    width: Math.max(20, badgeText.implicitWidth + 10)
                    height: 20
                    radius: 10
                    color: Material.color(Material.Red)
                    Label {
                        id: badgeText
                        anchors.centerIn: parent
                        text: inbox.unreadCount > 99 ? "99+" : inbox.unreadCount
                        color: "white"
                        font.pixelSize: 12
                        font.bold: true
                    }
                }
            }
            Repeater {
                model: unreadComments
                delegate: CommentCard {
                    objectName: "todayComment"
                    showCustomer: true
                    Layout.fillWidth: true
                    Layout.leftMargin: 12
                    Layout.rightMargin: 12
                    Layout.topMargin: 6
                    TapHandler {
                        onTapped: page.stack.push(Qt.resolvedUrl("VisitDetailPage.qml"),
                                                  { controller: page.controller, stack: page.stack, visitId: model.visitId })
                    }
                }
            }

            Label {
                objectName: "todayEmpty"
                visible: today.count === 0
                Layout.fillWidth: true
                Layout.margins: 24
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Text.Wrap
                text: qsTr("Nothing planned for today. Plan a visit, or open a customer to record one.")
                opacity: 0.6
            }
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
            required property int index
            readonly property string rowKind: model.kind
            readonly property string rowTitle: model.title
            readonly property string rowSection: model.section

            objectName: "todayRow"
            width: list.width
            onClicked: {
                if (model.kind === "visit")
                    page.openVisit(today.get(index))
            }

            contentItem: RowLayout {
                spacing: 10

                // A task is ticked off right here.
                CheckBox {
                    objectName: "todayTaskDone"
                    visible: row.model.kind === "task"
                    checked: false
                    onClicked: tasks.setDone(row.model.id, true)
                }
                Label {
                    visible: row.model.kind === "visit"
                    Layout.minimumWidth: 48
                    text: row.model.section === "overdue" ? Fmt.date(row.model.when) : Fmt.time(row.model.when)
                    font.bold: true
                    color: row.model.overdue ? Material.color(Material.Red) : Material.foreground
                }
                ColumnLayout {
                    Layout.fillWidth: true
                    spacing: 1
                    Label {
                        Layout.fillWidth: true
                        text: row.model.title !== "" ? row.model.title : qsTr("(no customer)")
                        font.bold: true
                        elide: Text.ElideRight
                        font.strikeout: row.model.done
                        opacity: row.model.done ? 0.6 : 1
                    }
                    Label {
                        Layout.fillWidth: true
                        visible: text !== ""
                        text: row.model.kind === "task" && row.model.when !== "" && !row.model.overdue
                              ? [Fmt.time(row.model.when), row.model.subtitle].filter(s => s !== "").join(" · ")
                              : row.model.subtitle
                        elide: Text.ElideRight
                        opacity: 0.7
                    }
                    Label {
                        objectName: "todayLateLabel"
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
                CheckInStatusChip {
                    visible: row.model.done
                    status: row.model.checkInStatus
                }
                PrimaryButton {
                    objectName: "todayCheckInButton"
                    visible: row.model.kind === "visit" && !row.model.done
                    text: qsTr("Check in")
                    onClicked: page.openVisit(today.get(row.index))
                }
            }
        }
    }
}
