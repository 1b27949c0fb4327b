import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import CrmMobile

// One entry of a customer's timeline: a visit (dot) or a manager's comment on it (indented,
// speech mark, "new" while unread). Tapping opens the visit.
ItemDelegate {
    id: row

    required property var entry
    readonly property bool isComment: entry.kind === "comment"

    leftPadding: 16
    rightPadding: 16

    contentItem: RowLayout {
        spacing: 10
        Rectangle {
            Layout.alignment: Qt.AlignTop
            Layout.topMargin: 6
            Layout.leftMargin: row.isComment ? 20 : 0
            width: 10
            height: 10
            radius: row.isComment ? 2 : 5
            color: row.entry.pending ? Material.color(Material.DeepOrange)
                 : row.isComment ? Material.accent : Material.primary
        }
        ColumnLayout {
            Layout.fillWidth: true
            spacing: 1
            RowLayout {
                Layout.fillWidth: true
                Label {
                    Layout.fillWidth: true
                    text: row.isComment ? qsTr("Comment · %1").arg(Fmt.dateTime(row.entry.at))
                        : row.entry.planned ? qsTr("Planned · %1").arg(Fmt.dateTime(row.entry.at))
                        : Fmt.dateTime(row.entry.at)
                    font.bold: !row.isComment
                    font.pixelSize: row.isComment ? 13 : 14
                    opacity: row.isComment ? 0.75 : 1
                }
                StatusPill {
                    visible: row.entry.unread
                    text: qsTr("new")
                    tint: Material.color(Material.Red)
                }
            }
            Label {
                Layout.fillWidth: true
                visible: text !== ""
                text: row.entry.title
                wrapMode: Text.Wrap
                maximumLineCount: 3
                elide: Text.ElideRight
            }
            Label {
                Layout.fillWidth: true
                visible: row.entry.detail !== ""
                text: qsTr("Outcome: %1").arg(row.entry.detail)
                wrapMode: Text.Wrap
                opacity: 0.75
            }
            PendingMarker {
                objectName: row.isComment ? "commentPendingMarker" : "visitPendingMarker"
                visible: row.entry.pending
            }
        }
    }
}
