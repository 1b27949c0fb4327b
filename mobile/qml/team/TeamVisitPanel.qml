import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import CrmMobile

// The detail side of the team review: one visit of a rep (times, both check-in verdicts, what
// was recorded), the leaders' comments with "not yet synced" or the rep's read time, and the
// box to write a new comment.
Pane {
    id: panel

    required property AppController controller
    property TeamDirectory directory
    property string visitId

    readonly property var visit: detail.visit

    objectName: "teamVisitPanel"
    padding: 0

    VisitDetail {
        id: detail
        controller: panel.controller
        visitId: panel.visitId
    }
    CommentListModel {
        id: comments
        objectName: "teamCommentModel"
        controller: panel.controller
        visitId: panel.visitId
    }
    LeaderComment {
        id: writer
        controller: panel.controller
    }

    Label {
        anchors.centerIn: parent
        visible: panel.visitId === "" || !detail.found
        text: panel.visitId === "" ? qsTr("Select a visit on the left") : qsTr("This visit is not on this device.")
        opacity: 0.5
    }

    Flickable {
        id: flick
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.bottom: commentBox.top
        visible: detail.found
        contentHeight: column.implicitHeight + 32
        clip: true
        ScrollIndicator.vertical: ScrollIndicator {}

        ColumnLayout {
            id: column
            x: 16
            y: 16
            width: flick.width - 32
            spacing: 8

            Label {
                Layout.fillWidth: true
                text: panel.visit.customerName ?? ""
                font.pixelSize: 20
                font.bold: true
                elide: Text.ElideRight
            }
            Label {
                objectName: "teamVisitRep"
                Layout.fillWidth: true
                text: qsTr("Visit by %1").arg(panel.directory ? panel.directory.userName(panel.visit.repId ?? "") : "")
                opacity: 0.7
            }
            Label {
                objectName: "teamVisitTimes"
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                text: {
                    const v = panel.visit
                    const parts = []
                    if (v.plannedAt) parts.push(qsTr("Planned %1").arg(Fmt.dateTime(v.plannedAt)))
                    if (v.checkInAt) parts.push(qsTr("checked in %1").arg(Fmt.dateTime(v.checkInAt)))
                    if (v.checkOutAt) parts.push(qsTr("checked out %1").arg(Fmt.dateTime(v.checkOutAt)))
                    return parts.join(" · ")
                }
            }
            Flow {
                Layout.fillWidth: true
                visible: detail.checkedIn
                spacing: 8
                Label { text: qsTr("Device:"); font.pixelSize: 13; opacity: 0.7; topPadding: 3 }
                CheckInStatusChip {
                    objectName: "teamDeviceVerdict"
                    status: panel.visit.checkInStatus ?? ""
                    distance: panel.visit.checkInDistance
                }
                Label { text: qsTr("Server:"); font.pixelSize: 13; opacity: 0.7; topPadding: 3 }
                CheckInStatusChip {
                    objectName: "teamServerVerdict"
                    status: panel.visit.serverCheckInStatus ?? ""
                    distance: panel.visit.checkInDistance
                }
                Label {
                    visible: (panel.visit.serverCheckInStatus ?? "") === ""
                    text: qsTr("not yet verified")
                    font.pixelSize: 13
                    opacity: 0.7
                    topPadding: 3
                }
            }
            FieldRow { label: qsTr("Purpose"); value: panel.visit.purpose ?? "" }
            FieldRow { label: qsTr("Notes"); value: panel.visit.notes ?? "" }
            FieldRow { label: qsTr("Outcome"); value: panel.visit.outcome ?? "" }
            FieldRow { label: qsTr("Next step"); value: panel.visit.nextStep ?? "" }

            SectionTitle { text: qsTr("Comments") }
            Label {
                visible: comments.count === 0
                text: qsTr("No comments yet")
                opacity: 0.6
            }
            Repeater {
                model: comments
                delegate: Pane {
                    id: card
                    required property var model
                    objectName: "teamComment"
                    readonly property string commentBody: model.body
                    readonly property string readAt: model.readAt
                    Layout.fillWidth: true
                    padding: 10
                    Material.background: Material.color(Material.Grey, Material.Shade100)
                    ColumnLayout {
                        anchors.left: parent.left
                        anchors.right: parent.right
                        spacing: 2
                        Label {
                            Layout.fillWidth: true
                            text: card.model.body
                            wrapMode: Text.Wrap
                        }
                        Label {
                            objectName: "commentReadState"
                            Layout.fillWidth: true
                            font.pixelSize: 12
                            text: card.model.pending ? qsTr("Not yet synced: the rep gets it after your next sync")
                                  : card.model.readAt ? qsTr("Written %1 · read by the rep %2").arg(Fmt.dateTime(card.model.createdAt)).arg(Fmt.dateTime(card.model.readAt))
                                  : qsTr("Written %1 · not yet read").arg(Fmt.dateTime(card.model.createdAt))
                            color: card.model.pending || !card.model.readAt ? Material.color(Material.DeepOrange)
                                                                            : Material.color(Material.Green)
                        }
                    }
                }
            }
        }
    }

    // The comment box stays in view under the visit, however long the visit and its comments are.
    Pane {
        id: commentBox
        visible: detail.found
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        height: visible ? implicitHeight : 0
        Material.elevation: 0
        RowLayout {
            anchors.left: parent.left
            anchors.right: parent.right
            spacing: 8
            ColumnLayout {
                Layout.fillWidth: true
                spacing: 0
                TextArea {
                    id: commentField
                    objectName: "commentField"
                    Layout.fillWidth: true
                    placeholderText: qsTr("Write a comment for the rep")
                    wrapMode: TextEdit.Wrap
                    onTextChanged: writer.clearError("body")
                }
                FieldMessage {
                    objectName: "commentError"
                    text: writer.errors.body ?? writer.errorText
                }
            }
            PrimaryButton {
                objectName: "sendCommentButton"
                text: qsTr("Send comment")
                onClicked: {
                    if (writer.post(panel.visitId, commentField.text))
                        commentField.text = ""
                }
            }
        }
    }
}
