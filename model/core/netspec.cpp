#include "netspec.h"

namespace masklens::model {

std::string architectureName(Architecture a)
{
    return a == Architecture::EfficientNetB0 ? "efficientnet_b0" : "small";
}

std::optional<Architecture> parseArchitecture(std::string_view text)
{
    if (text == "efficientnet_b0")
        return Architecture::EfficientNetB0;
    if (text == "small")
        return Architecture::Small;
    return std::nullopt;
}

std::string outputLayoutName(OutputLayout o)
{
    return o == OutputLayout::Classes18 ? "classes18" : "three_heads";
}

std::optional<OutputLayout> parseOutputLayout(std::string_view text)
{
    if (text == "classes18" || text == "18")
        return OutputLayout::Classes18;
    if (text == "three_heads" || text == "heads" || text == "8")
        return OutputLayout::ThreeHeads;
    return std::nullopt;
}

} // namespace masklens::model
