/// Invented names for the demo authority. No real child or professional is in the demo data.
enum DemoNames {
    static let given = [
        "Aaliyah", "Aarav", "Ada", "Amara", "Ameer", "Aoife", "Arlo", "Ayesha", "Bella", "Bilal", "Callum", "Chidi",
        "Dara", "Eden", "Elif", "Ellis", "Emre", "Esme", "Farah", "Finley", "Freya", "Hamza", "Harper", "Ibrahim",
        "Isla", "Jayden", "Kai", "Kwame", "Layla", "Leo", "Lucia", "Maja", "Malik", "Mia", "Milo", "Nadia", "Noah",
        "Nuala", "Oisín", "Olu", "Priya", "Rafael", "Reuben", "Rosa", "Sami", "Sienna", "Tariq", "Theo", "Yusuf", "Zoë",
    ]
    static let family = [
        "Abara", "Ahmed", "Begum", "Bennett", "Campbell", "Chen", "Clarke", "Costa", "Davies", "Dubois", "Evans",
        "Fernández", "Gallagher", "Green", "Hughes", "Hussain", "Iqbal", "Jones", "Khan", "Kowalski", "Lewis",
        "MacLeod", "Mensah", "Morris", "Murphy", "Nowak", "Okafor", "O'Brien", "Patel", "Popescu", "Price", "Rahman",
        "Roberts", "Santos", "Shah", "Singh", "Smith", "Taylor", "Thomas", "Walsh", "Williams", "Wright", "Yilmaz",
    ]
}
