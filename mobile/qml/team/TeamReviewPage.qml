import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import CrmMobile

// Leaders' team review: the subtree's visits by date range, unit and person; each rep's day at
// a glance on top; the visits on the left, the chosen one with its comments on the right.
Page {
    id: page

    required property AppController controller
    required property StackView stack
    property string range: "today"   // today | week | last7 | custom
    property string selectedVisitId

    objectName: "teamReviewPage"
    title: qsTr("Team review")

    function isoDate(d) {
        return d.getFullYear() + "-" + String(d.getMonth() + 1).padStart(2, "0") + "-" + String(d.getDate()).padStart(2, "0")
    }
    function daysAgo(n) {
        const d = new Date()
        d.setDate(d.getDate() - n)
        return isoDate(d)
    }
    readonly property string fromDate: {
        switch (range) {
        case "week": return daysAgo((new Date().getDay() + 6) % 7)   // since Monday
        case "last7": return daysAgo(6)
        case "custom": return fromField.text
        default: return daysAgo(0)
        }
    }
    readonly property string toDate: range === "custom" ? toField.text : daysAgo(0)

    TeamDirectory { id: directory; controller: page.controller }
    TeamVisitModel {
        id: visits
        objectName: "teamVisitModel"
        controller: page.controller
        fromDate: page.fromDate
        toDate: page.toDate
        unitId: unitBox.currentValue ?? ""
        repId: personBox.currentValue ?? ""
    }
    RepDayModel {
        id: repDays
        objectName: "repDayModel"
        controller: page.controller
        fromDate: page.fromDate
        toDate: page.toDate
        unitId: unitBox.currentValue ?? ""
        repId: personBox.currentValue ?? ""
    }

    header: ToolBar {
        Material.background: "white"
        Material.foreground: Material.color(Material.Grey, Material.Shade900)
        Flow {
            anchors.fill: parent
            anchors.margins: 8
            spacing: 8
            Label { text: page.title; font.pixelSize: 18; font.bold: true; topPadding: 6; rightPadding: 8 }
            Repeater {
                model: [{ key: "today", text: qsTr("Today") }, { key: "week", text: qsTr("This week") },
                        { key: "last7", text: qsTr("Last 7 days") }, { key: "custom", text: qsTr("Custom") }]
                delegate: ChoiceChip {
                    required property var modelData
                    objectName: "range_" + modelData.key
                    text: modelData.text
                    checked: page.range === modelData.key
                    onClicked: page.range = modelData.key
                }
            }
            TextField {
                id: fromField
                objectName: "rangeFromField"
                visible: page.range === "custom"
                width: 130
                placeholderText: qsTr("From YYYY-MM-DD")
                text: page.daysAgo(6)
                inputMethodHints: Qt.ImhDate
            }
            TextField {
                id: toField
                objectName: "rangeToField"
                visible: page.range === "custom"
                width: 130
                placeholderText: qsTr("To YYYY-MM-DD")
                text: page.daysAgo(0)
                inputMethodHints: Qt.ImhDate
            }
            Label {
                objectName: "rangeError"
                readonly property bool valid: {
                    const iso = /^\d{4}-\d{2}-\d{2}$/
                    return iso.test(fromField.text) && iso.test(toField.text) && !isNaN(Date.parse(fromField.text))
                            && !isNaN(Date.parse(toField.text)) && fromField.text <= toField.text
                }
                visible: page.range === "custom" && !valid
                topPadding: 12
                text: qsTr("Dates as YYYY-MM-DD, the first not after the last")
                color: Material.color(Material.Red)
            }
            ComboBox {
                id: unitBox
                objectName: "unitFilter"
                width: 200
                textRole: "label"
                valueRole: "id"
                model: [{ id: "", label: qsTr("All units") }].concat(
                           directory.units.map(u => ({ id: u.id, label: "  ".repeat(u.depth) + u.name })))
                onActivated: personBox.currentIndex = 0
            }
            ComboBox {
                id: personBox
                objectName: "personFilter"
                width: 200
                textRole: "label"
                valueRole: "id"
                model: [{ id: "", label: qsTr("Everyone") }].concat(
                           directory.usersWithin(unitBox.currentValue ?? "")
                               .filter(u => u.id !== page.controller.userId)
                               .map(u => ({ id: u.id, label: u.name })))
            }
        }
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        ListView {
            id: dayList
            objectName: "repDayList"
            Layout.fillWidth: true
            Layout.preferredHeight: repDays.count > 0 ? 138 : 0
            visible: repDays.count > 0
            orientation: ListView.Horizontal
            spacing: 8
            leftMargin: 8
            rightMargin: 8
            topMargin: 8
            clip: true
            model: repDays
            delegate: RepDayCard {
                height: 122
                selected: personBox.currentValue === repId
                onClicked: personBox.currentIndex = Math.max(0, personBox.indexOfValue(repId))
            }
        }
        Rectangle { Layout.fillWidth: true; height: 1; color: Material.color(Material.Grey, Material.Shade300) }

        Item {
            Layout.fillWidth: true
            Layout.fillHeight: true

            ListView {
                id: visitList
                objectName: "teamVisitList"
                width: Math.min(480, parent.width * 0.45)
                height: parent.height
                clip: true
                model: visits
                ScrollIndicator.vertical: ScrollIndicator {}
                delegate: TeamVisitRow {
                    width: visitList.width
                    selected: page.selectedVisitId === visitId
                    onClicked: page.selectedVisitId = visitId
                }
                Label {
                    objectName: "teamVisitsEmpty"
                    anchors.centerIn: parent
                    visible: visits.count === 0
                    text: qsTr("No visits in this period")
                    opacity: 0.6
                }
            }
            Rectangle {
                x: visitList.width
                width: 1
                height: parent.height
                color: Material.color(Material.Grey, Material.Shade300)
            }
            TeamVisitPanel {
                x: visitList.width + 1
                width: parent.width - x
                height: parent.height
                controller: page.controller
                directory: directory
                visitId: page.selectedVisitId
            }
        }
    }
}
