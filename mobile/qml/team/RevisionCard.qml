import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import CrmMobile

// A RevisionListModel / KeyFieldHistoryModel row: customer, field, old → new, status, who asked
// when from which device, and who decided (with the note).
ItemDelegate {
    id: card

    required property var model
    property bool showCustomer: true
    property bool selected: false
    readonly property string revisionId: model.id
    readonly property string status: model.status

    objectName: "revisionDelegate"
    highlighted: selected


    contentItem: ColumnLayout {
        spacing: 3
        RowLayout {
            Layout.fillWidth: true
            Label {
                Layout.fillWidth: true
                text: card.showCustomer ? card.model.customerName + "  ·  " + Labels.field(card.model.field)
                                        : Labels.field(card.model.field)
                font.bold: true
                elide: Text.ElideRight
            }
            RevisionStatusChip { objectName: "revisionStatus"; status: card.model.status }
        }
        Label {
            objectName: "revisionValues"
            Layout.fillWidth: true
            text: (card.model.oldValue || qsTr("(empty)")) + "  →  " + (card.model.newValue || qsTr("(empty)"))
            wrapMode: Text.Wrap
        }
        Label {
            Layout.fillWidth: true
            text: qsTr("Asked by %1 · %2 · device %3").arg(card.model.requestedByName || "–")
                      .arg(Fmt.dateTime(card.model.requestedAt)).arg(card.model.requestedDeviceShort)
            font.pixelSize: 12
            opacity: 0.7
            elide: Text.ElideRight
        }
        Label {
            Layout.fillWidth: true
            visible: card.model.decidedAt !== "" || card.model.decisionNote !== ""
            text: (card.model.decidedAt ? qsTr("Decided by %1 · %2").arg(card.model.decidedByName || "–")
                                                                    .arg(Fmt.dateTime(card.model.decidedAt)) : "")
                  + (card.model.decisionNote ? "  “" + card.model.decisionNote + "”" : "")
            font.pixelSize: 12
            opacity: 0.7
            wrapMode: Text.Wrap
        }
        PendingMarker { visible: card.model.pending }
    }
}
