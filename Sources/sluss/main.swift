import ArgumentParser
import Foundation

// OpenMP inside Tesseract reads OMP_THREAD_LIMIT once, when its runtime loads, before this line
// runs; set later it changes nothing, and left unset two OCR workers run ~3× slower fighting over
// cores. So when it is missing the process starts itself again with it set: Sluss parallelises
// pages itself, one thread per page.
ProcessEnvironment.ensureSingleThreadedOpenMP()

// Everything Sluss writes holds sensitive case data: readable by its owner only.
umask(0o077)

do {
    var command = try Sluss.parseAsRoot()
    try command.run()
} catch {
    if Sluss.exitCode(for: error) == .validationFailure {
        // Usage errors exit with 2, the documented status for usage and configuration errors.
        Console.error(Sluss.fullMessage(for: error))
        exit(2)
    }
    Sluss.exit(withError: error)
}
