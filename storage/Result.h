#pragma once

#include "StorageError.h"

#include <optional>
#include <utility>
#include <variant>

namespace oneteam {

// A value or the error that prevented it: errors are values at layer boundaries.
template <typename T> class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_data(std::in_place_index<0>, std::move(value))
    {}
    Result(StorageError error)
        : m_data(std::in_place_index<1>, std::move(error))
    {}

    bool ok() const { return m_data.index() == 0; }
    explicit operator bool() const { return ok(); }

    T& value() & { return std::get<0>(m_data); }
    const T& value() const& { return std::get<0>(m_data); }
    // By value, so `for (x : f().value())` does not outlive the temporary Result.
    T value() && { return std::get<0>(std::move(m_data)); }
    T* operator->() { return &value(); }
    const T* operator->() const { return &value(); }
    T& operator*() & { return value(); }
    const T& operator*() const& { return value(); }

    const StorageError& error() const { return std::get<1>(m_data); }

private:
    std::variant<T, StorageError> m_data;
};

// Success or an error, for operations without a value.
class [[nodiscard]] Status
{
public:
    Status() = default;
    Status(StorageError error)
        : m_error(std::move(error))
    {}
    static Status success() { return {}; }

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const StorageError& error() const { return *m_error; }

private:
    std::optional<StorageError> m_error;
};

} // namespace oneteam
