import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import CrmMobile

// One opportunity in a list: title, customer, amount, expected close, stage and status.
ItemDelegate {
    id: row

    required property var deal
    property bool showCustomer: true
    readonly property string opportunityTitle: deal.title

    leftPadding: 16
    rightPadding: 16

    contentItem: RowLayout {
        spacing: 8
        ColumnLayout {
            Layout.fillWidth: true
            spacing: 2
            Label {
                Layout.fillWidth: true
                text: row.deal.title
                font.pixelSize: 16
                elide: Text.ElideRight
            }
            Label {
                Layout.fillWidth: true
                visible: text !== ""
                text: [row.showCustomer ? row.deal.customerName : "",
                       row.deal.expectedClose !== "" ? qsTr("closes %1").arg(Fmt.date(row.deal.expectedClose)) : ""]
                      .filter(s => s !== "").join(" · ")
                font.pixelSize: 13
                opacity: 0.65
                elide: Text.ElideRight
            }
            PendingMarker {
                objectName: "opportunityPendingMarker"
                visible: row.deal.pending
            }
        }
        ColumnLayout {
            spacing: 2
            Label {
                Layout.alignment: Qt.AlignRight
                text: row.deal.amount !== undefined && row.deal.amount !== null ? Fmt.money(row.deal.amount) : ""
                font.pixelSize: 15
                font.bold: true
            }
            StageChip {
                Layout.alignment: Qt.AlignRight
                stage: row.deal.stage
                status: row.deal.status
            }
        }
    }
}
