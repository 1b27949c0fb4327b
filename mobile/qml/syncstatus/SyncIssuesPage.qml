import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import CrmMobile

// Every edit the server refused or partly overwrote, newest first: what, why (the server's own
// message), the lost fields and what the user had entered, so they can redo it. Dismiss when read.
Page {
    id: page

    required property AppController controller
    required property StackView stack

    objectName: "syncIssuesPage"
    title: qsTr("Sync issues")

    header: BackHeader {
        onBack: page.stack.pop()
        title: page.title
    }

    SyncIssueListModel {
        id: issues
        objectName: "syncIssueModel"
        controller: page.controller
    }

    Label {
        objectName: "noIssuesLabel"
        visible: issues.count === 0
        anchors.centerIn: parent
        width: parent.width - 64
        horizontalAlignment: Text.AlignHCenter
        wrapMode: Text.Wrap
        opacity: 0.6
        text: qsTr("No sync issues. Everything you changed was accepted by the server.")
    }

    ListView {
        id: list
        objectName: "syncIssueList"
        anchors.fill: parent
        model: issues
        spacing: 8
        topMargin: 8
        bottomMargin: 8
        clip: true

        header: Label {
            visible: issues.count > 0
            width: list.width
            height: visible ? implicitHeight : 0
            leftPadding: 16
            rightPadding: 16
            bottomPadding: 4
            wrapMode: Text.Wrap
            opacity: 0.7
            font.pixelSize: 13
            text: qsTr("The server did not take these changes as they were. What you entered is kept here: redo what still matters, then dismiss.")
        }

        delegate: Pane {
            id: card

            required property int index
            required property var issueId
            required property string entityLabel
            required property string recordTitle
            required property string operationLabel
            required property string status
            required property string statusLabel
            required property string code
            required property string codeLabel
            required property string message
            required property string lostFields
            required property var entered
            required property string createdAt

            // For tests: the server's code and message of this issue.
            readonly property string issueCode: code
            readonly property string issueMessage: message

            objectName: "syncIssueDelegate"
            x: 8
            width: list.width - 16
            padding: 12
            Material.elevation: 0
            background: Rectangle {
                radius: 8
                color: "white"
                border.color: Material.color(Material.Grey, Material.Shade300)
            }

            ColumnLayout {
                width: parent.width
                spacing: 6

                RowLayout {
                    Layout.fillWidth: true
                    spacing: 8
                    Rectangle {
                        Layout.preferredHeight: 22
                        Layout.preferredWidth: statusText.implicitWidth + 14
                        radius: 11
                        color: card.status === "merged" ? Material.color(Material.Amber, Material.Shade100)
                             : card.status === "moved" ? Material.color(Material.Blue, Material.Shade100)
                             : Material.color(Material.Red, Material.Shade100)
                        Label {
                            id: statusText
                            objectName: "issueStatusLabel"
                            anchors.centerIn: parent
                            font.pixelSize: 12
                            text: card.statusLabel
                        }
                    }
                    Label {
                        Layout.fillWidth: true
                        elide: Text.ElideRight
                        font.pixelSize: 12
                        opacity: 0.6
                        horizontalAlignment: Text.AlignRight
                        text: Fmt.dateTime(card.createdAt)
                    }
                }

                Label {
                    objectName: "issueTitleLabel"
                    Layout.fillWidth: true
                    wrapMode: Text.Wrap
                    font.bold: true
                    text: qsTr("%1 · %2: %3").arg(card.operationLabel).arg(card.entityLabel).arg(card.recordTitle)
                }
                Label {
                    objectName: "issueCodeLabel"
                    visible: card.codeLabel !== ""
                    Layout.fillWidth: true
                    wrapMode: Text.Wrap
                    color: Material.color(Material.Red, Material.Shade700)
                    text: card.codeLabel
                }
                Label {
                    objectName: "issueMessageLabel"
                    visible: card.message !== ""
                    Layout.fillWidth: true
                    wrapMode: Text.Wrap
                    font.pixelSize: 13
                    text: qsTr("Server: %1").arg(card.message)
                }
                Label {
                    objectName: "issueLostLabel"
                    visible: card.lostFields !== ""
                    Layout.fillWidth: true
                    wrapMode: Text.Wrap
                    font.pixelSize: 13
                    text: qsTr("Overwritten by a newer change: %1").arg(card.lostFields)
                }

                Label {
                    visible: card.entered.length > 0
                    Layout.topMargin: 4
                    font.pixelSize: 12
                    opacity: 0.6
                    text: qsTr("What you entered")
                }
                Repeater {
                    model: card.entered
                    delegate: RowLayout {
                        required property var modelData
                        Layout.fillWidth: true
                        spacing: 8
                        Label {
                            Layout.preferredWidth: 110
                            elide: Text.ElideRight
                            font.pixelSize: 13
                            opacity: 0.7
                            color: modelData.lost ? Material.color(Material.Red, Material.Shade700) : Material.foreground
                            text: modelData.label
                        }
                        Label {
                            objectName: "enteredValue"
                            Layout.fillWidth: true
                            wrapMode: Text.Wrap
                            font.pixelSize: 13
                            text: modelData.value
                        }
                    }
                }

                Button {
                    objectName: "dismissIssueButton"
                    Layout.alignment: Qt.AlignRight
                    flat: true
                    text: qsTr("Dismiss")
                    onClicked: issues.dismiss(card.issueId)
                }
            }
        }
    }
}
