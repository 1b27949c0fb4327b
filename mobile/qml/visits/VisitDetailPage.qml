import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import CrmMobile

// One visit: plan, check-in with the device's verdict and the server's, check-out, what was
// recorded, the follow-up task and the manager's comments. Opening it marks its comments read.
Page {
    id: page

    required property AppController controller
    required property StackView stack
    property string visitId

    readonly property var visit: detail.visit

    objectName: "visitDetailPage"
    title: qsTr("Visit")

    VisitDetail {
        id: detail
        controller: page.controller
        visitId: page.visitId
    }
    CommentListModel {
        id: comments
        objectName: "commentModel"
        controller: page.controller
        visitId: page.visitId
    }
    CommentInbox {
        id: inbox
        controller: page.controller
    }
    // Comments count as read once the rep has had the page in front of them.
    Timer {
        running: page.StackView.status === StackView.Active && comments.count > 0
        interval: 800
        onTriggered: inbox.markVisitRead(page.visitId)
    }

    function openForm() {
        page.stack.push(Qt.resolvedUrl("VisitFormPage.qml"), { controller: page.controller, stack: page.stack,
                                                               visitId: page.visitId,
                                                               customerId: page.visit.customerId ?? "",
                                                               customerName: page.visit.customerName ?? "" })
    }

    header: BackHeader {
        title: page.visit.customerName ?? qsTr("Visit")
        subtitle: page.visit.purpose ?? ""
        onBack: page.stack.pop()
    }

    footer: Pane {
        visible: detail.found && !detail.checkedOut
        PrimaryButton {
            objectName: "visitActionButton"
            anchors.left: parent.left
            anchors.right: parent.right
            text: detail.checkedIn ? qsTr("Continue visit / check out") : qsTr("Check in")
            onClicked: page.openForm()
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
                visible: !detail.found
                text: qsTr("This visit is not on this device.")
            }
            Label {
                objectName: "visitDetailPending"
                visible: page.visit.pending === true
                text: qsTr("not yet synced")
                color: Material.color(Material.DeepOrange)
            }
            FieldRow { label: qsTr("Planned"); value: Fmt.dateTime(page.visit.plannedAt ?? "") }
            FieldRow { label: qsTr("Checked in"); value: Fmt.dateTime(page.visit.checkInAt ?? "") }

            // A Column: wrapped labels inside a nested ColumnLayout kept stale heights (overlaps).
            Column {
                id: verdicts
                Layout.fillWidth: true
                visible: detail.checkedIn
                spacing: 4
                Label { text: qsTr("Check-in on the device"); font.pixelSize: 12; opacity: 0.6 }
                CheckInStatusChip {
                    objectName: "deviceVerdictChip"
                    status: page.visit.checkInStatus ?? ""
                    distance: page.visit.checkInDistance
                }
                Label {
                    objectName: "checkInFacts"
                    width: verdicts.width
                    wrapMode: Text.Wrap
                    opacity: 0.75
                    font.pixelSize: 13
                    text: {
                        const v = page.visit
                        const parts = []
                        if (v.checkInSource)
                            parts.push(v.checkInSource === "manual" ? qsTr("entered by hand") : qsTr("source %1").arg(v.checkInSource))
                        if (v.checkInDistance !== undefined)
                            parts.push(qsTr("%1 from the customer").arg(Fmt.distance(v.checkInDistance)))
                        if (v.checkInAccuracy !== undefined)
                            parts.push(qsTr("accuracy ±%1").arg(Fmt.distance(v.checkInAccuracy)))
                        if (v.checkInFixAge !== undefined)
                            parts.push(qsTr("fix %1 s old").arg(Fmt.number(v.checkInFixAge)))
                        return parts.join(" · ")
                    }
                }
                Label { text: qsTr("Check-in on the server"); font.pixelSize: 12; opacity: 0.6; topPadding: 4 }
                CheckInStatusChip {
                    objectName: "serverVerdictChip"
                    status: page.visit.serverCheckInStatus ?? ""
                    distance: page.visit.checkInDistance
                }
                Label {
                    objectName: "serverVerdictPending"
                    visible: (page.visit.serverCheckInStatus ?? "") === ""
                    text: qsTr("Not yet verified by the server")
                    opacity: 0.7
                }
            }

            FieldRow { label: qsTr("Checked out"); value: Fmt.dateTime(page.visit.checkOutAt ?? "") }
            FieldRow { label: qsTr("Purpose"); value: page.visit.purpose ?? "" }
            FieldRow { label: qsTr("Notes"); value: page.visit.notes ?? "" }
            FieldRow { label: qsTr("Outcome"); value: page.visit.outcome ?? "" }
            FieldRow { label: qsTr("Next step"); value: page.visit.nextStep ?? "" }
            FieldRow { label: qsTr("Follow-up date"); value: Fmt.date(page.visit.followUpDate ?? "") }
            FieldRow {
                label: qsTr("Follow-up task")
                value: (page.visit.followUpTaskTitle ?? "") + (page.visit.followUpTaskDone ? "  ✓" : "")
            }

            Label {
                text: qsTr("Comments")
                font.bold: true
                font.pixelSize: 16
                color: Material.primary
                Layout.topMargin: 8
            }
            Label {
                visible: comments.count === 0
                text: qsTr("No comments from your manager")
                opacity: 0.6
            }
            Repeater {
                model: comments
                delegate: CommentCard {
                    objectName: "visitComment"
                    Layout.fillWidth: true
                }
            }
        }
    }
}
