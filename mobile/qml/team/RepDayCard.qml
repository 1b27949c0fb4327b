import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import CrmMobile

// One rep's day (a RepDayModel row) at a glance: visits done / planned, flagged check-ins, first
// check-in and last check-out, tasks done and overdue. Click: filter the review to that rep.
AbstractButton {
    id: card

    required property string repId
    required property string repName
    required property string unitName
    required property int planned
    required property int done
    required property int flagged
    required property string firstCheckIn
    required property string lastCheckOut
    required property int tasksDone
    required property int tasksOverdue
    property bool selected: false

    objectName: "repDayCard"
    implicitWidth: 230
    padding: 10

    background: Rectangle {
        radius: 8
        color: card.selected ? Qt.rgba(0, 0.59, 0.53, 0.10) : "white"
        border.color: card.selected ? Material.accent : Material.color(Material.Grey, Material.Shade300)
    }
    contentItem: ColumnLayout {
        spacing: 2
        Label {
            Layout.fillWidth: true
            text: card.repName + (card.unitName ? "  ·  " + card.unitName : "")
            font.bold: true
            elide: Text.ElideRight
        }
        Label {
            objectName: "repDayVisits"
            text: qsTr("Visits %1 done · %2 planned").arg(card.done).arg(card.planned)
            font.pixelSize: 13
        }
        Label {
            objectName: "repDayFlagged"
            text: card.flagged > 0 ? qsTr("%n flagged check-in(s)", "", card.flagged) : qsTr("All check-ins verified")
            color: card.flagged > 0 ? Material.color(Material.DeepOrange) : Material.color(Material.Green)
            font.pixelSize: 13
            visible: card.done > 0
        }
        Label {
            text: qsTr("In %1 · out %2").arg(card.firstCheckIn ? Fmt.time(card.firstCheckIn) : "–")
                                       .arg(card.lastCheckOut ? Fmt.time(card.lastCheckOut) : "–")
            font.pixelSize: 13
            opacity: 0.75
        }
        Label {
            text: qsTr("Tasks %1 done · %2 overdue").arg(card.tasksDone).arg(card.tasksOverdue)
            font.pixelSize: 13
            color: card.tasksOverdue > 0 ? Material.color(Material.DeepOrange) : Material.foreground
        }
    }
}
