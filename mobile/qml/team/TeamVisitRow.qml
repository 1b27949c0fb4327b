import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import CrmMobile

// A TeamVisitModel row: rep, customer, time, purpose / outcome, the check-in flag (server's
// verdict, else the device's; "device ≠ server" when they disagree), comments and unread-by-rep.
ItemDelegate {
    id: row

    required property var model
    readonly property string visitId: model.id
    required property string repName
    required property string customerName
    required property string at
    required property bool planned
    required property string purpose
    required property string summary
    required property string flag
    required property string flagSource
    required property bool flagsDiffer
    required property int commentCount
    required property int unreadByRep
    required property bool pending
    property bool selected: false

    objectName: "teamVisitDelegate"
    highlighted: selected

    contentItem: ColumnLayout {
        spacing: 2
        RowLayout {
            Layout.fillWidth: true
            Label {
                Layout.fillWidth: true
                text: row.repName + "  ·  " + row.customerName
                font.bold: true
                elide: Text.ElideRight
            }
            Label {
                text: Fmt.dateTime(row.at)
                font.pixelSize: 12
                opacity: 0.7
            }
        }
        Label {
            Layout.fillWidth: true
            visible: text !== ""
            text: [row.purpose, row.summary].filter(t => t !== "").join(" — ")
            elide: Text.ElideRight
            opacity: 0.8
        }
        RowLayout {
            spacing: 6
            CheckInStatusChip {
                objectName: "teamVisitFlag"
                status: row.flag
            }
            Label {
                visible: row.planned
                text: qsTr("planned, not checked in")
                font.pixelSize: 12
                opacity: 0.7
            }
            Label {
                visible: row.flag !== "" && row.flagSource === "device"
                text: qsTr("device only")
                font.pixelSize: 12
                opacity: 0.7
            }
            Label {
                objectName: "flagsDifferMarker"
                visible: row.flagsDiffer
                text: qsTr("device ≠ server")
                font.pixelSize: 12
                font.bold: true
                color: Material.color(Material.DeepOrange)
            }
            Label {
                objectName: "commentCountLabel"
                visible: row.commentCount > 0
                text: qsTr("%n comment(s)", "", row.commentCount)
                font.pixelSize: 12
            }
            Label {
                objectName: "unreadByRepMarker"
                visible: row.unreadByRep > 0
                text: qsTr("unread by rep")
                font.pixelSize: 12
                color: Material.color(Material.DeepOrange)
            }
            PendingMarker { visible: row.pending }
        }
    }
}
