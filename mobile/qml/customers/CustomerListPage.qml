import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import CrmMobile

// The rep's whole book: search (name, phone in any format, contact, tag, region, address) from
// the local index, filters (lifecycle, level, region, tag, value segment) in a bottom sheet, active filters as
// chips under the search field, "not yet synced" marker per row.
Page {
    id: page

    required property AppController controller
    required property StackView stack

    objectName: "customerListPage"
    title: qsTr("Customers")

    CustomerListModel {
        id: customers
        objectName: "customerModel"
        controller: page.controller
    }

    header: ToolBar {
        Material.background: "white"
        Material.foreground: Material.color(Material.Grey, Material.Shade900)
        Material.elevation: 2
        height: headerColumn.implicitHeight + 8

        ColumnLayout {
            id: headerColumn
            anchors.left: parent.left
            anchors.right: parent.right
            anchors.top: parent.top
            anchors.leftMargin: 12
            anchors.rightMargin: 4
            spacing: 0

            RowLayout {
                Layout.fillWidth: true
                TextField {
                    objectName: "searchField"
                    Layout.fillWidth: true
                    placeholderText: qsTr("Search name, phone, contact, tag")
                    inputMethodHints: Qt.ImhNoPredictiveText
                    onTextChanged: customers.filterText = text
                }
                ToolButton {
                    objectName: "filterButton"
                    text: customers.activeFilterCount > 0 ? qsTr("Filter (%1)").arg(customers.activeFilterCount)
                                                          : qsTr("Filter")
                    font.capitalization: Font.MixedCase
                    highlighted: customers.activeFilterCount > 0
                    onClicked: filterSheet.open()
                }
            }
            Flow {
                Layout.fillWidth: true
                Layout.bottomMargin: 4
                visible: customers.activeFilterCount > 0
                spacing: 6
                Repeater {
                    model: [
                        { key: "lifecycle", text: customers.lifecycle === "" ? "" : CodeLabels.lifecycle(customers.lifecycle) },
                        { key: "level", text: customers.level === "" ? "" : qsTr("Level %1").arg(customers.level) },
                        { key: "region", text: customers.region },
                        { key: "tag", text: customers.tag === "" ? "" : "#" + customers.tag },
                        { key: "segment", text: customers.segment === "" ? "" : qsTr("Value %1").arg(customers.segment) }
                    ].filter(f => f.text !== "")
                    delegate: ChoiceChip {
                        required property var modelData
                        objectName: "activeFilterChip"
                        text: modelData.text + "  ×"
                        checked: true
                        onClicked: customers[modelData.key] = ""
                    }
                }
            }
        }
    }

    ListView {
        id: list
        objectName: "customerList"
        anchors.fill: parent
        clip: true
        model: customers

        // Kept light (plain Text, anchors, no layouts): a search keystroke resets the model and
        // re-creates every visible row.
        delegate: ItemDelegate {
            id: row

            required property var model
            readonly property string customerName: model.name

            objectName: "customerDelegate"
            width: ListView.view.width
            height: 64
            onClicked: page.stack.push(Qt.resolvedUrl("CustomerDetailPage.qml"),
                                       { controller: page.controller, stack: page.stack, customerId: row.model.id })

            contentItem: Item {
                Text {
                    id: nameText
                    anchors.left: parent.left
                    anchors.right: levelText.visible ? levelText.left : valueChip.visible ? valueChip.left : chip.left
                    anchors.rightMargin: 8
                    y: 2
                    text: row.model.name
                    font.pixelSize: 16
                    color: Material.foreground
                    elide: Text.ElideRight
                }
                Text {
                    anchors.left: parent.left
                    anchors.right: chip.left
                    anchors.rightMargin: 8
                    anchors.top: nameText.bottom
                    anchors.topMargin: 2
                    text: [row.model.region, row.model.phone].filter(s => s !== "").join(" · ")
                    font.pixelSize: 13
                    color: Material.foreground
                    opacity: 0.65
                    elide: Text.ElideRight
                }
                Text {
                    objectName: "customerPendingMarker"
                    anchors.left: parent.left
                    anchors.bottom: parent.bottom
                    visible: row.model.pending
                    text: qsTr("not yet synced")
                    font.pixelSize: 12
                    color: Material.color(Material.DeepOrange)
                }
                ValueSegmentChip {
                    id: valueChip
                    anchors.right: chip.left
                    anchors.rightMargin: 6
                    anchors.verticalCenter: parent.verticalCenter
                    segment: row.model.segment
                    score: row.model.valueScore
                    showScore: false
                }
                Text {
                    id: levelText
                    anchors.right: valueChip.visible ? valueChip.left : chip.left
                    anchors.rightMargin: 8
                    anchors.verticalCenter: parent.verticalCenter
                    visible: row.model.level !== ""
                    text: row.model.level
                    font.pixelSize: 12
                    color: Material.foreground
                    opacity: 0.6
                }
                LifecycleChip {
                    id: chip
                    anchors.right: parent.right
                    anchors.verticalCenter: parent.verticalCenter
                    lifecycle: row.model.lifecycle
                }
            }
        }

        Label {
            objectName: "customerListEmpty"
            anchors.centerIn: parent
            visible: list.count === 0
            text: page.controller.syncing ? qsTr("Loading customers…")
                : customers.filterText !== "" || customers.activeFilterCount > 0 ? qsTr("No customer matches")
                : qsTr("No customers")
            opacity: 0.6
        }

        footer: Label {
            objectName: "searchTruncatedHint"
            width: ListView.view ? ListView.view.width : 0
            visible: customers.truncated
            padding: 16
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.Wrap
            text: qsTr("Showing the first %1 matches. Type more to narrow the search.").arg(list.count)
            opacity: 0.6
        }

        ScrollIndicator.vertical: ScrollIndicator {}
    }

    CustomerFilterSheet {
        id: filterSheet
        model: customers
    }
}
