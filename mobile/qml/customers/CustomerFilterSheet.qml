import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import CrmMobile

// The customer list's filters as a bottom sheet: one row of choices per filter, from the
// values present in the book (with counts). A choice applies at once; tapping it again clears it.
Drawer {
    id: sheet

    required property CustomerListModel model

    edge: Qt.BottomEdge
    width: parent ? parent.width : 390
    height: Math.min(content.implicitHeight + 48, (parent ? parent.height : 844) * 0.85)
    modal: true
    background: Rectangle {
        color: "white"
        radius: 12
        // square bottom corners: only the top ones show rounded
        Rectangle { anchors.bottom: parent.bottom; width: parent.width; height: 12; color: "white" }
    }

    component FilterGroup: ColumnLayout {
        id: group
        property string title
        property string key
        property var choices: []
        property var label: v => v
        Layout.fillWidth: true
        visible: choices.length > 0
        spacing: 2
        Label {
            text: group.title
            font.bold: true
            opacity: 0.8
        }
        Flow {
            Layout.fillWidth: true
            spacing: 6
            Repeater {
                model: group.choices
                delegate: ChoiceChip {
                    required property var modelData
                    objectName: group.key + "Choice"
                    value: modelData.value
                    text: group.label(modelData.value) + "  " + modelData.count
                    checked: sheet.model[group.key] === modelData.value
                    onClicked: sheet.model[group.key] = checked ? modelData.value : ""
                }
            }
        }
    }

    Flickable {
        objectName: "filterSheet"
        anchors.fill: parent
        anchors.margins: 16
        contentHeight: content.implicitHeight
        clip: true

        ColumnLayout {
            id: content
            width: parent.width
            spacing: 12

            RowLayout {
                Layout.fillWidth: true
                Label {
                    Layout.fillWidth: true
                    text: qsTr("Filter customers")
                    font.pixelSize: 18
                    font.bold: true
                }
                Button {
                    objectName: "clearFiltersButton"
                    text: qsTr("Clear")
                    flat: true
                    enabled: sheet.model.activeFilterCount > 0
                    onClicked: sheet.model.clearFilters()
                }
                Button {
                    objectName: "closeFiltersButton"
                    text: qsTr("Done")
                    flat: true
                    onClicked: sheet.close()
                }
            }
            FilterGroup {
                title: qsTr("Lifecycle")
                key: "lifecycle"
                choices: sheet.visible ? (sheet.model.facets.lifecycle ?? []) : []
                label: v => CodeLabels.lifecycle(v)
            }
            FilterGroup {
                title: qsTr("Level")
                key: "level"
                choices: sheet.visible ? (sheet.model.facets.level ?? []) : []
            }
            FilterGroup {
                title: qsTr("Region")
                key: "region"
                choices: sheet.visible ? (sheet.model.facets.region ?? []) : []
            }
            FilterGroup {
                title: qsTr("Tag")
                key: "tag"
                choices: sheet.visible ? (sheet.model.facets.tag ?? []) : []
                label: v => "#" + v
            }
            FilterGroup {
                title: qsTr("Value segment")
                key: "segment"
                choices: sheet.visible ? (sheet.model.facets.segment ?? []) : []
            }
            Label {
                visible: sheet.visible && (sheet.model.facets.lifecycle ?? []).length === 0
                text: qsTr("No customers to filter yet")
                opacity: 0.6
            }
        }
    }
}
