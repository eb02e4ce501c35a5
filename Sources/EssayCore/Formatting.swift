/// Thousands separated by commas, as the credential writes them ("1,500").
public func format(_ n: Int) -> String {
    let digits = String(n.magnitude)
    var out = n < 0 ? "-" : ""
    for (i, digit) in digits.enumerated() {
        if i > 0, (digits.count - i) % 3 == 0 { out.append(",") }
        out.append(digit)
    }
    return out
}

/// A number already rounded to a tenth, as messages write it: "3" for 3.0, "3.4".
public func format(tenths x: Double) -> String {
    x == x.rounded() ? String(Int(x)) : String(x)
}
