import ReviewCore
import ReviewDaemon
import Testing

@Suite("Config: LocalTime (digest.at)")
struct ConfigLocalTimeTests {
    @Test("parses HH:MM and H:MM", arguments: [
        ("00:00", 0, 0), ("07:00", 7, 0), ("7:00", 7, 0), ("06:30", 6, 30), ("23:59", 23, 59), (" 12:05 ", 12, 5),
    ])
    func parses(text: String, hour: Int, minute: Int) throws {
        let time = try LocalTime(parsing: text)
        #expect(time.hour == hour)
        #expect(time.minute == minute)
    }

    @Test("refuses anything that is not a time of day", arguments: [
        "24:00", "07:60", "0700", "noon", "7:0", "07:00:00", "", "-1:00", "07:5a", "٠٧:٠٠", "+7:00", "007:00",
    ])
    func refuses(text: String) {
        #expect(throws: FieldError.self) { try LocalTime(parsing: text) }
    }

    @Test("the error names the key it was read from")
    func errorNamesField() {
        #expect(throws: FieldError(field: "digest.at", reason: "\"24:00\" is not a time between 00:00 and 23:59")) {
            try LocalTime(parsing: "24:00")
        }
        let error = #expect(throws: FieldError.self) { try LocalTime(parsing: "noon", field: "x.at") }
        #expect(error?.field == "x.at")
    }

    @Test("is printed zero-padded and ordered through the day")
    func descriptionAndOrder() throws {
        #expect(try LocalTime(parsing: "7:05").description == "07:05")
        #expect(try LocalTime(hour: 23, minute: 0).description == "23:00")
        #expect(try LocalTime(parsing: "06:59") < LocalTime(parsing: "07:00"))
        #expect(try LocalTime(parsing: "7:00") == LocalTime(hour: 7, minute: 0))
        #expect(try LocalTime(parsing: "23:59").minutesSinceMidnight == 1439)
        #expect(throws: FieldError.self) { try LocalTime(hour: 24, minute: 0) }
    }
}
