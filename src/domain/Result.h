#pragma once

#include <QString>
#include <optional>
#include <utility>
#include <variant>

namespace opieka {

// What went wrong, in the terms the CLI's exit codes and the GUI's messages need.
enum class ErrorKind
{
    Refused,  // a rule or a permission said no (CLI exit 1)
    BadInput, // the caller gave something malformed or unknown (CLI exit 2)
    Storage,  // the database could not be read or written (CLI exit 3)
    // The connection to the database server dropped (restart, network): nothing of the call was
    // saved, and the next call reconnects (CLI exit 3, like Storage).
    ConnectionLost,
    // Another change held the database's write lock for longer than a change waits (an import
    // being saved): nothing of the call was saved; try again when it finishes (CLI exit 4).
    Busy,
};

struct Error
{
    ErrorKind kind = ErrorKind::BadInput;
    QString message; // for a person: says what is wrong and, where it can, what to do
};

inline Error refused(QString message)
{
    return {ErrorKind::Refused, std::move(message)};
}
inline Error badInput(QString message)
{
    return {ErrorKind::BadInput, std::move(message)};
}
inline Error storageError(QString message)
{
    return {ErrorKind::Storage, std::move(message)};
}
inline Error connectionLost(QString message)
{
    return {ErrorKind::ConnectionLost, std::move(message)};
}
inline Error busy(QString message)
{
    return {ErrorKind::Busy, std::move(message)};
}

// A value or an error; errors are values here, never exceptions across Qt.
template <typename T> class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_state(std::move(value))
    {}
    Result(Error error)
        : m_state(std::move(error))
    {}

    bool ok() const { return std::holds_alternative<T>(m_state); }
    explicit operator bool() const { return ok(); }

    T& value() { return std::get<T>(m_state); }
    const T& value() const { return std::get<T>(m_state); }
    T& operator*() { return value(); }
    const T& operator*() const { return value(); }
    T* operator->() { return &value(); }
    const T* operator->() const { return &value(); }

    const Error& error() const { return std::get<Error>(m_state); }

private:
    std::variant<T, Error> m_state;
};

// Success carries nothing; failure carries an Error.
class [[nodiscard]] Status
{
public:
    Status() = default;
    Status(Error error)
        : m_error(std::move(error))
    {}
    template <typename T> Status(const Result<T>& result)
    {
        if (!result.ok())
            m_error = result.error();
    }

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error& error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

} // namespace opieka

// Returns the error of a failed Status or Result from the enclosing function (which returns a
// Status or a Result of any type); a success goes on. The expression is evaluated once:
//     OPIEKA_TRY(repository.update(next));
#define OPIEKA_TRY(...)                                                                            \
    do {                                                                                           \
        if (auto&& opiekaTried = (__VA_ARGS__); !opiekaTried)                                      \
            return opiekaTried.error();                                                            \
    } while (false)
