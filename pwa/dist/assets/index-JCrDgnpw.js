import"./modulepreload-polyfill-P2Xu9kJm.js";var e,t,n,r,i,a,o,s,c,l,u,d={},f=[],p=/acit|ex(?:s|g|n|p|$)|rph|grid|ows|mnc|ntw|ine[ch]|zoo|^ord|itera/i,m=Array.isArray;function h(e,t){for(var n in t)e[n]=t[n];return e}function g(e){e&&e.parentNode&&e.parentNode.removeChild(e)}function _(t,n,r){var i,a,o,s={};for(o in n)o==`key`?i=n[o]:o==`ref`?a=n[o]:s[o]=n[o];if(arguments.length>2&&(s.children=arguments.length>3?e.call(arguments,2):r),typeof t==`function`&&t.defaultProps!=null)for(o in t.defaultProps)s[o]===void 0&&(s[o]=t.defaultProps[o]);return v(t,s,i,a,null)}function v(e,r,i,a,o){var s={type:e,props:r,key:i,ref:a,__k:null,__:null,__b:0,__e:null,__c:null,constructor:void 0,__v:o??++n,__i:-1,__u:0};return o==null&&t.vnode!=null&&t.vnode(s),s}function y(e){return e.children}function b(e,t){this.props=e,this.context=t}function ee(e,t){if(t==null)return e.__?ee(e.__,e.__i+1):null;for(var n;t<e.__k.length;t++)if((n=e.__k[t])!=null&&n.__e!=null)return n.__e;return typeof e.type==`function`?ee(e):null}function x(e){var t,n;if((e=e.__)!=null&&e.__c!=null){for(e.__e=e.__c.base=null,t=0;t<e.__k.length;t++)if((n=e.__k[t])!=null&&n.__e!=null){e.__e=e.__c.base=n.__e;break}return x(e)}}function S(e){(!e.__d&&(e.__d=!0)&&r.push(e)&&!C.__r++||i!=t.debounceRendering)&&((i=t.debounceRendering)||a)(C)}function C(){for(var e,n,i,a,s,c,l,u=1;r.length;)r.length>u&&r.sort(o),e=r.shift(),u=r.length,e.__d&&(i=void 0,a=void 0,s=(a=(n=e).__v).__e,c=[],l=[],n.__P&&((i=h({},a)).__v=a.__v+1,t.vnode&&t.vnode(i),ce(n.__P,i,a,n.__n,n.__P.namespaceURI,32&a.__u?[s]:null,c,s??ee(a),!!(32&a.__u),l),i.__v=a.__v,i.__.__k[i.__i]=i,ue(c,i,l),a.__e=a.__=null,i.__e!=s&&x(i)));C.__r=0}function te(e,t,n,r,i,a,o,s,c,l,u){var p,m,h,g,_,v,y,b=r&&r.__k||f,ee=t.length;for(c=ne(n,t,b,c,ee),p=0;p<ee;p++)(h=n.__k[p])!=null&&(m=h.__i==-1?d:b[h.__i]||d,h.__i=p,v=ce(e,h,m,i,a,o,s,c,l,u),g=h.__e,h.ref&&m.ref!=h.ref&&(m.ref&&w(m.ref,null,h),u.push(h.ref,h.__c||g,h)),_==null&&g!=null&&(_=g),(y=!!(4&h.__u))||m.__k===h.__k?c=re(h,c,e,y):typeof h.type==`function`&&v!==void 0?c=v:g&&(c=g.nextSibling),h.__u&=-7);return n.__e=_,c}function ne(e,t,n,r,i){var a,o,s,c,l,u=n.length,d=u,f=0;for(e.__k=Array(i),a=0;a<i;a++)(o=t[a])!=null&&typeof o!=`boolean`&&typeof o!=`function`?(c=a+f,(o=e.__k[a]=typeof o==`string`||typeof o==`number`||typeof o==`bigint`||o.constructor==String?v(null,o,null,null,null):m(o)?v(y,{children:o},null,null,null):o.constructor==null&&o.__b>0?v(o.type,o.props,o.key,o.ref?o.ref:null,o.__v):o).__=e,o.__b=e.__b+1,s=null,(l=o.__i=ie(o,n,c,d))!=-1&&(d--,(s=n[l])&&(s.__u|=2)),s==null||s.__v==null?(l==-1&&(i>u?f--:i<u&&f++),typeof o.type!=`function`&&(o.__u|=4)):l!=c&&(l==c-1?f--:l==c+1?f++:(l>c?f--:f++,o.__u|=4))):e.__k[a]=null;if(d)for(a=0;a<u;a++)(s=n[a])!=null&&!(2&s.__u)&&(s.__e==r&&(r=ee(s)),pe(s,s));return r}function re(e,t,n,r){var i,a;if(typeof e.type==`function`){for(i=e.__k,a=0;i&&a<i.length;a++)i[a]&&(i[a].__=e,t=re(i[a],t,n,r));return t}e.__e!=t&&(r&&(t&&e.type&&!t.parentNode&&(t=ee(e)),n.insertBefore(e.__e,t||null)),t=e.__e);do t&&=t.nextSibling;while(t!=null&&t.nodeType==8);return t}function ie(e,t,n,r){var i,a,o,s=e.key,c=e.type,l=t[n],u=l!=null&&!(2&l.__u);if(l===null&&e.key==null||u&&s==l.key&&c==l.type)return n;if(r>+!!u){for(i=n-1,a=n+1;i>=0||a<t.length;)if((l=t[o=i>=0?i--:a++])!=null&&!(2&l.__u)&&s==l.key&&c==l.type)return o}return-1}function ae(e,t,n){t[0]==`-`?e.setProperty(t,n??``):e[t]=n==null?``:typeof n!=`number`||p.test(t)?n:n+`px`}function oe(e,t,n,r,i){var a,o;n:if(t==`style`){if(typeof n==`string`)e.style.cssText=n;else{if(typeof r==`string`&&(e.style.cssText=r=``),r)for(t in r)n&&t in n||ae(e.style,t,``);if(n)for(t in n)r&&n[t]==r[t]||ae(e.style,t,n[t])}}else if(t[0]==`o`&&t[1]==`n`)a=t!=(t=t.replace(s,`$1`)),o=t.toLowerCase(),t=o in e||t==`onFocusOut`||t==`onFocusIn`?o.slice(2):t.slice(2),e.l||={},e.l[t+a]=n,n?r?n.u=r.u:(n.u=c,e.addEventListener(t,a?u:l,a)):e.removeEventListener(t,a?u:l,a);else{if(i==`http://www.w3.org/2000/svg`)t=t.replace(/xlink(H|:h)/,`h`).replace(/sName$/,`s`);else if(t!=`width`&&t!=`height`&&t!=`href`&&t!=`list`&&t!=`form`&&t!=`tabIndex`&&t!=`download`&&t!=`rowSpan`&&t!=`colSpan`&&t!=`role`&&t!=`popover`&&t in e)try{e[t]=n??``;break n}catch{}typeof n==`function`||(n==null||!1===n&&t[4]!=`-`?e.removeAttribute(t):e.setAttribute(t,t==`popover`&&n==1?``:n))}}function se(e){return function(n){if(this.l){var r=this.l[n.type+e];if(n.t==null)n.t=c++;else if(n.t<r.u)return;return r(t.event?t.event(n):n)}}}function ce(e,n,r,i,a,o,s,c,l,u){var d,f,p,_,v,ee,x,S,C,ne,re,ie,ae,oe,se,ce,ue,w=n.type;if(n.constructor!=null)return null;128&r.__u&&(l=!!(32&r.__u),o=[c=n.__e=r.__e]),(d=t.__b)&&d(n);n:if(typeof w==`function`)try{if(S=n.props,C=`prototype`in w&&w.prototype.render,ne=(d=w.contextType)&&i[d.__c],re=d?ne?ne.props.value:d.__:i,r.__c?x=(f=n.__c=r.__c).__=f.__E:(C?n.__c=f=new w(S,re):(n.__c=f=new b(S,re),f.constructor=w,f.render=me),ne&&ne.sub(f),f.props=S,f.state||(f.state={}),f.context=re,f.__n=i,p=f.__d=!0,f.__h=[],f._sb=[]),C&&f.__s==null&&(f.__s=f.state),C&&w.getDerivedStateFromProps!=null&&(f.__s==f.state&&(f.__s=h({},f.__s)),h(f.__s,w.getDerivedStateFromProps(S,f.__s))),_=f.props,v=f.state,f.__v=n,p)C&&w.getDerivedStateFromProps==null&&f.componentWillMount!=null&&f.componentWillMount(),C&&f.componentDidMount!=null&&f.__h.push(f.componentDidMount);else{if(C&&w.getDerivedStateFromProps==null&&S!==_&&f.componentWillReceiveProps!=null&&f.componentWillReceiveProps(S,re),!f.__e&&f.shouldComponentUpdate!=null&&!1===f.shouldComponentUpdate(S,f.__s,re)||n.__v==r.__v){for(n.__v!=r.__v&&(f.props=S,f.state=f.__s,f.__d=!1),n.__e=r.__e,n.__k=r.__k,n.__k.some(function(e){e&&(e.__=n)}),ie=0;ie<f._sb.length;ie++)f.__h.push(f._sb[ie]);f._sb=[],f.__h.length&&s.push(f);break n}f.componentWillUpdate!=null&&f.componentWillUpdate(S,f.__s,re),C&&f.componentDidUpdate!=null&&f.__h.push(function(){f.componentDidUpdate(_,v,ee)})}if(f.context=re,f.props=S,f.__P=e,f.__e=!1,ae=t.__r,oe=0,C){for(f.state=f.__s,f.__d=!1,ae&&ae(n),d=f.render(f.props,f.state,f.context),se=0;se<f._sb.length;se++)f.__h.push(f._sb[se]);f._sb=[]}else do f.__d=!1,ae&&ae(n),d=f.render(f.props,f.state,f.context),f.state=f.__s;while(f.__d&&++oe<25);f.state=f.__s,f.getChildContext!=null&&(i=h(h({},i),f.getChildContext())),C&&!p&&f.getSnapshotBeforeUpdate!=null&&(ee=f.getSnapshotBeforeUpdate(_,v)),ce=d,d!=null&&d.type===y&&d.key==null&&(ce=de(d.props.children)),c=te(e,m(ce)?ce:[ce],n,r,i,a,o,s,c,l,u),f.base=n.__e,n.__u&=-161,f.__h.length&&s.push(f),x&&(f.__E=f.__=null)}catch(e){if(n.__v=null,l||o!=null){if(e.then){for(n.__u|=l?160:128;c&&c.nodeType==8&&c.nextSibling;)c=c.nextSibling;o[o.indexOf(c)]=null,n.__e=c}else{for(ue=o.length;ue--;)g(o[ue]);le(n)}}else n.__e=r.__e,n.__k=r.__k,e.then||le(n);t.__e(e,n,r)}else o==null&&n.__v==r.__v?(n.__k=r.__k,n.__e=r.__e):c=n.__e=fe(r.__e,n,r,i,a,o,s,l,u);return(d=t.diffed)&&d(n),128&n.__u?void 0:c}function le(e){e&&e.__c&&(e.__c.__e=!0),e&&e.__k&&e.__k.forEach(le)}function ue(e,n,r){for(var i=0;i<r.length;i++)w(r[i],r[++i],r[++i]);t.__c&&t.__c(n,e),e.some(function(n){try{e=n.__h,n.__h=[],e.some(function(e){e.call(n)})}catch(e){t.__e(e,n.__v)}})}function de(e){return typeof e!=`object`||!e||e.__b&&e.__b>0?e:m(e)?e.map(de):h({},e)}function fe(n,r,i,a,o,s,c,l,u){var f,p,h,_,v,y,b,x=i.props,S=r.props,C=r.type;if(C==`svg`?o=`http://www.w3.org/2000/svg`:C==`math`?o=`http://www.w3.org/1998/Math/MathML`:o||=`http://www.w3.org/1999/xhtml`,s!=null){for(f=0;f<s.length;f++)if((v=s[f])&&`setAttribute`in v==!!C&&(C?v.localName==C:v.nodeType==3)){n=v,s[f]=null;break}}if(n==null){if(C==null)return document.createTextNode(S);n=document.createElementNS(o,C,S.is&&S),l&&=(t.__m&&t.__m(r,s),!1),s=null}if(C==null)x===S||l&&n.data==S||(n.data=S);else{if(s&&=e.call(n.childNodes),x=i.props||d,!l&&s!=null)for(x={},f=0;f<n.attributes.length;f++)x[(v=n.attributes[f]).name]=v.value;for(f in x)if(v=x[f],f!=`children`){if(f==`dangerouslySetInnerHTML`)h=v;else if(!(f in S)){if(f==`value`&&`defaultValue`in S||f==`checked`&&`defaultChecked`in S)continue;oe(n,f,null,v,o)}}for(f in S)v=S[f],f==`children`?_=v:f==`dangerouslySetInnerHTML`?p=v:f==`value`?y=v:f==`checked`?b=v:l&&typeof v!=`function`||x[f]===v||oe(n,f,v,x[f],o);if(p)l||h&&(p.__html==h.__html||p.__html==n.innerHTML)||(n.innerHTML=p.__html),r.__k=[];else if(h&&(n.innerHTML=``),te(r.type==`template`?n.content:n,m(_)?_:[_],r,i,a,C==`foreignObject`?`http://www.w3.org/1999/xhtml`:o,s,c,s?s[0]:i.__k&&ee(i,0),l,u),s!=null)for(f=s.length;f--;)g(s[f]);l||(f=`value`,C==`progress`&&y==null?n.removeAttribute(`value`):y!=null&&(y!==n[f]||C==`progress`&&!y||C==`option`&&y!=x[f])&&oe(n,f,y,x[f],o),f=`checked`,b!=null&&b!=n[f]&&oe(n,f,b,x[f],o))}return n}function w(e,n,r){try{if(typeof e==`function`){var i=typeof e.__u==`function`;i&&e.__u(),i&&n==null||(e.__u=e(n))}else e.current=n}catch(e){t.__e(e,r)}}function pe(e,n,r){var i,a;if(t.unmount&&t.unmount(e),(i=e.ref)&&(i.current&&i.current!=e.__e||w(i,null,n)),(i=e.__c)!=null){if(i.componentWillUnmount)try{i.componentWillUnmount()}catch(e){t.__e(e,n)}i.base=i.__P=null}if(i=e.__k)for(a=0;a<i.length;a++)i[a]&&pe(i[a],n,r||typeof e.type!=`function`);r||g(e.__e),e.__c=e.__=e.__e=void 0}function me(e,t,n){return this.constructor(e,n)}function he(n,r,i){var a,o,s,c;r==document&&(r=document.documentElement),t.__&&t.__(n,r),o=(a=typeof i==`function`)?null:i&&i.__k||r.__k,s=[],c=[],ce(r,n=(!a&&i||r).__k=_(y,null,[n]),o||d,d,r.namespaceURI,!a&&i?[i]:o?null:r.firstChild?e.call(r.childNodes):null,s,!a&&i?i:o?o.__e:r.firstChild,a,c),ue(s,n,c)}e=f.slice,t={__e:function(e,t,n,r){for(var i,a,o;t=t.__;)if((i=t.__c)&&!i.__)try{if((a=i.constructor)&&a.getDerivedStateFromError!=null&&(i.setState(a.getDerivedStateFromError(e)),o=i.__d),i.componentDidCatch!=null&&(i.componentDidCatch(e,r||{}),o=i.__d),o)return i.__E=i}catch(t){e=t}throw e}},n=0,b.prototype.setState=function(e,t){var n=this.__s!=null&&this.__s!=this.state?this.__s:this.__s=h({},this.state);typeof e==`function`&&(e=e(h({},n),this.props)),e&&h(n,e),e!=null&&this.__v&&(t&&this._sb.push(t),S(this))},b.prototype.forceUpdate=function(e){this.__v&&(this.__e=!0,e&&this.__h.push(e),S(this))},b.prototype.render=y,r=[],a=typeof Promise==`function`?Promise.prototype.then.bind(Promise.resolve()):setTimeout,o=function(e,t){return e.__v.__b-t.__v.__b},C.__r=0,s=/(PointerCapture)$|Capture$/i,c=0,l=se(!1),u=se(!0);var ge,T,_e,ve,ye=0,be=[],E=t,xe=E.__b,Se=E.__r,Ce=E.diffed,we=E.__c,Te=E.unmount,Ee=E.__;function De(e,t){E.__h&&E.__h(T,e,ye||t),ye=0;var n=T.__H||(T.__H={__:[],__h:[]});return e>=n.__.length&&n.__.push({}),n.__[e]}function D(e){return ye=1,Oe(Le,e)}function Oe(e,t,n){var r=De(ge++,2);if(r.t=e,!r.__c&&(r.__=[n?n(t):Le(void 0,t),function(e){var t=r.__N?r.__N[0]:r.__[0],n=r.t(t,e);t!==n&&(r.__N=[n,r.__[1]],r.__c.setState({}))}],r.__c=T,!T.__f)){var i=function(e,t,n){if(!r.__c.__H)return!0;var i=r.__c.__H.__.filter(function(e){return!!e.__c});if(i.every(function(e){return!e.__N}))return!a||a.call(this,e,t,n);var o=r.__c.props!==e;return i.forEach(function(e){if(e.__N){var t=e.__[0];e.__=e.__N,e.__N=void 0,t!==e.__[0]&&(o=!0)}}),a&&a.call(this,e,t,n)||o};T.__f=!0;var a=T.shouldComponentUpdate,o=T.componentWillUpdate;T.componentWillUpdate=function(e,t,n){if(this.__e){var r=a;a=void 0,i(e,t,n),a=r}o&&o.call(this,e,t,n)},T.shouldComponentUpdate=i}return r.__N||r.__}function O(e,t){var n=De(ge++,3);!E.__s&&Ie(n.__H,t)&&(n.__=e,n.u=t,T.__H.__h.push(n))}function ke(e){return ye=5,Ae(function(){return{current:e}},[])}function Ae(e,t){var n=De(ge++,7);return Ie(n.__H,t)&&(n.__=e(),n.__H=t,n.__h=e),n.__}function je(){for(var e;e=be.shift();)if(e.__P&&e.__H)try{e.__H.__h.forEach(Pe),e.__H.__h.forEach(Fe),e.__H.__h=[]}catch(t){e.__H.__h=[],E.__e(t,e.__v)}}E.__b=function(e){T=null,xe&&xe(e)},E.__=function(e,t){e&&t.__k&&t.__k.__m&&(e.__m=t.__k.__m),Ee&&Ee(e,t)},E.__r=function(e){Se&&Se(e),ge=0;var t=(T=e.__c).__H;t&&(_e===T?(t.__h=[],T.__h=[],t.__.forEach(function(e){e.__N&&(e.__=e.__N),e.u=e.__N=void 0})):(t.__h.forEach(Pe),t.__h.forEach(Fe),t.__h=[],ge=0)),_e=T},E.diffed=function(e){Ce&&Ce(e);var t=e.__c;t&&t.__H&&(t.__H.__h.length&&(be.push(t)!==1&&ve===E.requestAnimationFrame||((ve=E.requestAnimationFrame)||Ne)(je)),t.__H.__.forEach(function(e){e.u&&(e.__H=e.u),e.u=void 0})),_e=T=null},E.__c=function(e,t){t.some(function(e){try{e.__h.forEach(Pe),e.__h=e.__h.filter(function(e){return!e.__||Fe(e)})}catch(n){t.some(function(e){e.__h&&=[]}),t=[],E.__e(n,e.__v)}}),we&&we(e,t)},E.unmount=function(e){Te&&Te(e);var t,n=e.__c;n&&n.__H&&(n.__H.__.forEach(function(e){try{Pe(e)}catch(e){t=e}}),n.__H=void 0,t&&E.__e(t,n.__v))};var Me=typeof requestAnimationFrame==`function`;function Ne(e){var t,n=function(){clearTimeout(r),Me&&cancelAnimationFrame(t),setTimeout(e)},r=setTimeout(n,35);Me&&(t=requestAnimationFrame(n))}function Pe(e){var t=T,n=e.__c;typeof n==`function`&&(e.__c=void 0,n()),T=t}function Fe(e){var t=T;e.__c=e.__(),T=t}function Ie(e,t){return!e||e.length!==t.length||t.some(function(t,n){return t!==e[n]})}function Le(e,t){return typeof t==`function`?t(e):t}var Re=function(e,t,n,r){var i;t[0]=0;for(var a=1;a<t.length;a++){var o=t[a++],s=t[a]?(t[0]|=o?1:2,n[t[a++]]):t[++a];o===3?r[0]=s:o===4?r[1]=Object.assign(r[1]||{},s):o===5?(r[1]=r[1]||{})[t[++a]]=s:o===6?r[1][t[++a]]+=s+``:o?(i=e.apply(s,Re(e,s,n,[``,null])),r.push(i),s[0]?t[0]|=2:(t[a-2]=0,t[a]=i)):r.push(s)}return r},ze=new Map;function Be(e){var t=ze.get(this);return t||(t=new Map,ze.set(this,t)),(t=Re(this,t.get(e)||(t.set(e,t=function(e){for(var t,n,r=1,i=``,a=``,o=[0],s=function(e){r===1&&(e||(i=i.replace(/^\s*\n\s*|\s*\n\s*$/g,``)))?o.push(0,e,i):r===3&&(e||i)?(o.push(3,e,i),r=2):r===2&&i===`...`&&e?o.push(4,e,0):r===2&&i&&!e?o.push(5,0,!0,i):r>=5&&((i||!e&&r===5)&&(o.push(r,0,i,n),r=6),e&&(o.push(r,e,0,n),r=6)),i=``},c=0;c<e.length;c++){c&&(r===1&&s(),s(c));for(var l=0;l<e[c].length;l++)t=e[c][l],r===1?t===`<`?(s(),o=[o],r=3):i+=t:r===4?i===`--`&&t===`>`?(r=1,i=``):i=t+i[0]:a?t===a?a=``:i+=t:t===`"`||t===`'`?a=t:t===`>`?(s(),r=1):r&&(t===`=`?(r=5,n=i,i=``):t===`/`&&(r<5||e[c][l+1]===`>`)?(s(),r===3&&(o=o[0]),r=o,(o=o[0]).push(2,0,r),r=0):t===` `||t===`	`||t===`
`||t===`\r`?(s(),r=2):i+=t),r===3&&i===`!--`&&(r=4,o=o[0])}return s(),o}(e)),t),arguments,[])).length>1?t:t[0]}var k=Be.bind(_),A={NAME:`Name`,DOCUMENT:`Document`,OPERATION_DEFINITION:`OperationDefinition`,VARIABLE_DEFINITION:`VariableDefinition`,SELECTION_SET:`SelectionSet`,FIELD:`Field`,ARGUMENT:`Argument`,FRAGMENT_SPREAD:`FragmentSpread`,INLINE_FRAGMENT:`InlineFragment`,FRAGMENT_DEFINITION:`FragmentDefinition`,VARIABLE:`Variable`,INT:`IntValue`,FLOAT:`FloatValue`,STRING:`StringValue`,BOOLEAN:`BooleanValue`,NULL:`NullValue`,ENUM:`EnumValue`,LIST:`ListValue`,OBJECT:`ObjectValue`,OBJECT_FIELD:`ObjectField`,DIRECTIVE:`Directive`,NAMED_TYPE:`NamedType`,LIST_TYPE:`ListType`,NON_NULL_TYPE:`NonNullType`},Ve=class extends Error{constructor(e,t,n,r,i,a,o){super(e),this.name=`GraphQLError`,this.message=e,i&&(this.path=i),t&&(this.nodes=Array.isArray(t)?t:[t]),n&&(this.source=n),r&&(this.positions=r),a&&(this.originalError=a);var s=o;if(!s&&a){var c=a.extensions;c&&typeof c==`object`&&(s=c)}this.extensions=s||{}}toJSON(){return{...this,message:this.message}}toString(){return this.message}get[Symbol.toStringTag](){return`GraphQLError`}},j,M;function N(e){return new Ve(`Syntax Error: Unexpected token at ${M} in ${e}`)}function He(e){if(e.lastIndex=M,e.test(j))return j.slice(M,M=e.lastIndex)}var Ue=/ +(?=[^\s])/y;function We(e){for(var t=e.split(`
`),n=``,r=0,i=0,a=t.length-1,o=0;o<t.length;o++)Ue.lastIndex=0,Ue.test(t[o])&&(o&&(!r||Ue.lastIndex<r)&&(r=Ue.lastIndex),i||=o,a=o);for(var s=i;s<=a;s++)s!==i&&(n+=`
`),n+=t[s].slice(r).replace(/\\"""/g,`"""`);return n}function P(){for(var e=0|j.charCodeAt(M++);e===9||e===10||e===13||e===32||e===35||e===44||e===65279;e=0|j.charCodeAt(M++))if(e===35)for(;(e=0|j.charCodeAt(M++))&&e!==10&&e!==13;);M--}function Ge(){for(var e=M,t=0|j.charCodeAt(M++);t>=48&&t<=57||t>=65&&t<=90||t===95||t>=97&&t<=122;t=0|j.charCodeAt(M++));if(e===M-1)throw N(`Name`);var n=j.slice(e,--M);return P(),n}function F(){return{kind:`Name`,value:Ge()}}var Ke=/(?:"""|(?:[\s\S]*?[^\\])""")/y,qe=/(?:(?:\.\d+)?[eE][+-]?\d+|\.\d+)/y;function Je(e){var t;switch(j.charCodeAt(M)){case 91:M++,P();for(var n=[];j.charCodeAt(M)!==93;)n.push(Je(e));return M++,P(),{kind:`ListValue`,values:n};case 123:M++,P();for(var r=[];j.charCodeAt(M)!==125;){var i=F();if(j.charCodeAt(M++)!==58)throw N(`ObjectField`);P(),r.push({kind:`ObjectField`,name:i,value:Je(e)})}return M++,P(),{kind:`ObjectValue`,fields:r};case 36:if(e)throw N(`Variable`);return M++,{kind:`Variable`,name:F()};case 34:if(j.charCodeAt(M+1)===34&&j.charCodeAt(M+2)===34){if(M+=3,(t=He(Ke))==null)throw N(`StringValue`);return P(),{kind:`StringValue`,value:We(t.slice(0,-3)),block:!0}}var a=M,o;M++;var s=!1;for(o=0|j.charCodeAt(M++);o===92&&(M++,s=!0)||o!==10&&o!==13&&o!==34&&o;o=0|j.charCodeAt(M++));if(o!==34)throw N(`StringValue`);return t=j.slice(a,M),P(),{kind:`StringValue`,value:s?JSON.parse(t):t.slice(1,-1),block:!1};case 45:case 48:case 49:case 50:case 51:case 52:case 53:case 54:case 55:case 56:case 57:for(var c=M++,l;(l=0|j.charCodeAt(M++))>=48&&l<=57;);var u=j.slice(c,--M);if((l=j.charCodeAt(M))===46||l===69||l===101){if((t=He(qe))==null)throw N(`FloatValue`);return P(),{kind:`FloatValue`,value:u+t}}return P(),{kind:`IntValue`,value:u};case 110:if(j.charCodeAt(M+1)===117&&j.charCodeAt(M+2)===108&&j.charCodeAt(M+3)===108)return M+=4,P(),{kind:`NullValue`};break;case 116:if(j.charCodeAt(M+1)===114&&j.charCodeAt(M+2)===117&&j.charCodeAt(M+3)===101)return M+=4,P(),{kind:`BooleanValue`,value:!0};break;case 102:if(j.charCodeAt(M+1)===97&&j.charCodeAt(M+2)===108&&j.charCodeAt(M+3)===115&&j.charCodeAt(M+4)===101)return M+=5,P(),{kind:`BooleanValue`,value:!1}}return{kind:`EnumValue`,value:Ge()}}function Ye(e){if(j.charCodeAt(M)===40){var t=[];M++,P();do{var n=F();if(j.charCodeAt(M++)!==58)throw N(`Argument`);P(),t.push({kind:`Argument`,name:n,value:Je(e)})}while(j.charCodeAt(M)!==41);return M++,P(),t}}function Xe(e){if(j.charCodeAt(M)===64){var t=[];do M++,t.push({kind:`Directive`,name:F(),arguments:Ye(e)});while(j.charCodeAt(M)===64);return t}}function Ze(){for(var e=0;j.charCodeAt(M)===91;)e++,M++,P();var t={kind:`NamedType`,name:F()};do if(j.charCodeAt(M)===33&&(M++,P(),t={kind:`NonNullType`,type:t}),e){if(j.charCodeAt(M++)!==93)throw N(`NamedType`);P(),t={kind:`ListType`,type:t}}while(e--);return t}function Qe(){if(j.charCodeAt(M++)!==123)throw N(`SelectionSet`);return P(),$e()}function $e(){var e=[];do if(j.charCodeAt(M)===46){if(j.charCodeAt(++M)!==46||j.charCodeAt(++M)!==46)throw N(`SelectionSet`);switch(M++,P(),j.charCodeAt(M)){case 64:e.push({kind:`InlineFragment`,typeCondition:void 0,directives:Xe(!1),selectionSet:Qe()});break;case 111:j.charCodeAt(M+1)===110?(M+=2,P(),e.push({kind:`InlineFragment`,typeCondition:{kind:`NamedType`,name:F()},directives:Xe(!1),selectionSet:Qe()})):e.push({kind:`FragmentSpread`,name:F(),directives:Xe(!1)});break;case 123:M++,P(),e.push({kind:`InlineFragment`,typeCondition:void 0,directives:void 0,selectionSet:$e()});break;default:e.push({kind:`FragmentSpread`,name:F(),directives:Xe(!1)})}}else{var t=F(),n=void 0;j.charCodeAt(M)===58&&(M++,P(),n=t,t=F());var r=Ye(!1),i=Xe(!1),a=void 0;j.charCodeAt(M)===123&&(M++,P(),a=$e()),e.push({kind:`Field`,alias:n,name:t,arguments:r,directives:i,selectionSet:a})}while(j.charCodeAt(M)!==125);return M++,P(),{kind:`SelectionSet`,selections:e}}function et(){if(P(),j.charCodeAt(M)===40){var e=[];M++,P();do{var t=void 0;if(j.charCodeAt(M)===34&&(t=Je(!0)),j.charCodeAt(M++)!==36)throw N(`Variable`);var n=F();if(j.charCodeAt(M++)!==58)throw N(`VariableDefinition`);P();var r=Ze(),i=void 0;j.charCodeAt(M)===61&&(M++,P(),i=Je(!0)),P();var a={kind:`VariableDefinition`,variable:{kind:`Variable`,name:n},type:r,defaultValue:i,directives:Xe(!0)};t&&(a.description=t),e.push(a)}while(j.charCodeAt(M)!==41);return M++,P(),e}}function tt(e){var t=F();if(j.charCodeAt(M++)!==111||j.charCodeAt(M++)!==110)throw N(`FragmentDefinition`);P();var n={kind:`FragmentDefinition`,name:t,typeCondition:{kind:`NamedType`,name:F()},directives:Xe(!1),selectionSet:Qe()};return e&&(n.description=e),n}function nt(){var e=[];do{var t=void 0;if(j.charCodeAt(M)===34&&(t=Je(!0)),j.charCodeAt(M)===123){if(t)throw N(`Document`);M++,P(),e.push({kind:`OperationDefinition`,operation:`query`,name:void 0,variableDefinitions:void 0,directives:void 0,selectionSet:$e()})}else{var n=Ge();switch(n){case`fragment`:e.push(tt(t));break;case`query`:case`mutation`:case`subscription`:var r,i=void 0;(r=j.charCodeAt(M))!==40&&r!==64&&r!==123&&(i=F());var a={kind:`OperationDefinition`,operation:n,name:i,variableDefinitions:et(),directives:Xe(!1),selectionSet:Qe()};t&&(a.description=t),e.push(a);break;default:throw N(`Document`)}}}while(M<j.length);return e}function rt(e,t){return j=e.body?e.body:e,M=0,P(),t&&t.noLocation?{kind:`Document`,definitions:nt()}:{kind:`Document`,definitions:nt(),loc:{start:0,end:j.length,startToken:void 0,endToken:void 0,source:{body:j,name:`graphql.web`,locationOffset:{line:1,column:1}}}}}var it={};function at(e,t){var n=[],r=[];try{var i=function e(i,a,o){var s=!1,c=t[i.kind]&&t[i.kind].enter||t[i.kind]||t.enter,l=c&&c.call(t,i,a,o,r,n);if(!1===l)return i;if(l===null)return null;if(l===it)throw it;l&&typeof l.kind==`string`&&(s=l!==i,i=l),o&&n.push(o);var u,d={...i};for(var f in i){r.push(f);var p=i[f];if(Array.isArray(p)){for(var m=[],h=0;h<p.length;h++)p[h]!=null&&typeof p[h].kind==`string`&&(n.push(i),r.push(h),u=e(p[h],h,p),r.pop(),n.pop(),u==null?s=!0:(s||=u!==p[h],m.push(u)));p=m}else p!=null&&typeof p.kind==`string`&&(u=e(p,f,i))!==void 0&&(s||=p!==u,p=u);r.pop(),s&&(d[f]=p)}o&&n.pop();var g=t[i.kind]&&t[i.kind].leave||t.leave,_=g&&g.call(t,i,a,o,r,n);if(_===it)throw it;return _===void 0?l===void 0?s?d:i:s?d:l:_}(e);return i!==void 0&&!1!==i?i:e}catch(t){if(t!==it)throw t;return e}}function I(e,t,n){for(var r=``,i=0;i<e.length;i++)i&&(r+=t),r+=n(e[i]);return r}function ot(e){return JSON.stringify(e)}function st(e){return`"""
`+e.replace(/"""/g,`\\"""`)+`
"""`}var ct=`
`,L={OperationDefinition(e){var t=``;e.description&&(t+=L.StringValue(e.description)+`
`),t+=e.operation,e.name&&(t+=` `+e.name.value),e.variableDefinitions&&e.variableDefinitions.length&&(e.name||(t+=` `),t+=`(`+I(e.variableDefinitions,`, `,L.VariableDefinition)+`)`),e.directives&&e.directives.length&&(t+=` `+I(e.directives,` `,L.Directive));var n=L.SelectionSet(e.selectionSet);return t===`query`?n:t+` `+n},VariableDefinition(e){var t=``;return e.description&&(t+=L.StringValue(e.description)+` `),t+=L.Variable(e.variable)+`: `+lt(e.type),e.defaultValue&&(t+=` = `+lt(e.defaultValue)),e.directives&&e.directives.length&&(t+=` `+I(e.directives,` `,L.Directive)),t},Field(e){var t=e.alias?e.alias.value+`: `+e.name.value:e.name.value;if(e.arguments&&e.arguments.length){var n=I(e.arguments,`, `,L.Argument);t.length+n.length+2>80?t+=`(`+(ct+=`  `)+I(e.arguments,ct,L.Argument)+(ct=ct.slice(0,-2))+`)`:t+=`(`+n+`)`}return e.directives&&e.directives.length&&(t+=` `+I(e.directives,` `,L.Directive)),e.selectionSet&&e.selectionSet.selections.length&&(t+=` `+L.SelectionSet(e.selectionSet)),t},StringValue(e){return e.block?st(e.value).replace(/\n/g,ct):ot(e.value)},BooleanValue:e=>``+e.value,NullValue:e=>`null`,IntValue:e=>e.value,FloatValue:e=>e.value,EnumValue:e=>e.value,Name:e=>e.value,Variable:e=>`$`+e.name.value,ListValue:e=>`[`+I(e.values,`, `,lt)+`]`,ObjectValue:e=>`{`+I(e.fields,`, `,L.ObjectField)+`}`,ObjectField:e=>e.name.value+`: `+lt(e.value),Document(e){return!e.definitions||!e.definitions.length?``:I(e.definitions,`

`,lt)},SelectionSet:e=>`{`+(ct+=`  `)+I(e.selections,ct,lt)+(ct=ct.slice(0,-2))+`}`,Argument:e=>e.name.value+`: `+lt(e.value),FragmentSpread(e){var t=`...`+e.name.value;return e.directives&&e.directives.length&&(t+=` `+I(e.directives,` `,L.Directive)),t},InlineFragment(e){var t=`...`;return e.typeCondition&&(t+=` on `+e.typeCondition.name.value),e.directives&&e.directives.length&&(t+=` `+I(e.directives,` `,L.Directive)),t+=` `+L.SelectionSet(e.selectionSet)},FragmentDefinition(e){var t=``;return e.description&&(t+=L.StringValue(e.description)+`
`),t+=`fragment `+e.name.value,t+=` on `+e.typeCondition.name.value,e.directives&&e.directives.length&&(t+=` `+I(e.directives,` `,L.Directive)),t+` `+L.SelectionSet(e.selectionSet)},Directive(e){var t=`@`+e.name.value;return e.arguments&&e.arguments.length&&(t+=`(`+I(e.arguments,`, `,L.Argument)+`)`),t},NamedType:e=>e.name.value,ListType:e=>`[`+lt(e.type)+`]`,NonNullType:e=>lt(e.type)+`!`},lt=e=>L[e.kind](e);function ut(e){return ct=`
`,L[e.kind]?L[e.kind](e):``}var dt={"X-Walker-CSRF":`1`},ft=``,pt=class extends Error{field;constructor(e,t=``){super(e),this.field=t}};async function mt(e,t,n={}){return fetch(e,{method:`POST`,credentials:`same-origin`,headers:{"Content-Type":`application/json`,...n},body:JSON.stringify(t??{})})}var ht=`walker.session`;async function gt(e){if(!e.ok)throw new pt(e.status===429?`Too many attempts: wait a moment.`:`Sign-in failed.`);ft=(await e.json()).accessToken,localStorage.setItem(ht,`1`)}var _t=null;function vt(){return _t??=(async()=>{if(!localStorage.getItem(ht))return!1;let e=await mt(`/auth/refresh`,{},dt);return e.ok?(await gt(e),!0):(localStorage.removeItem(ht),!1)})().finally(()=>_t=null),_t}async function yt(e){let t=await mt(`/auth/register/begin`,e,ft?{Authorization:`Bearer ${ft}`}:{});if(!t.ok){if(t.status!==400)throw new pt(`This invitation link is not valid any more: ask your admin for a new one.`);let e=(await t.json().catch(()=>null))?.errors?.[0];throw new pt(e?.message??`Check the form.`,e?.extensions?.field)}let n=await t.json(),r=await navigator.credentials.create({publicKey:PublicKeyCredential.parseCreationOptionsFromJSON(n.publicKey)});if(!r)throw new pt(`No passkey was created.`);await gt(await mt(`/auth/register/finish`,r.toJSON()))}async function bt(e,t=!1){let n=await mt(`/auth/login/begin`,{});if(!n.ok)throw new pt(`Sign-in is not available right now.`);let r=await n.json(),i=await navigator.credentials.get({publicKey:PublicKeyCredential.parseRequestOptionsFromJSON(r.publicKey),mediation:t?`conditional`:`optional`,signal:e});if(!i)throw new pt(`No passkey was chosen.`);await gt(await mt(`/auth/login/finish`,i.toJSON()))}async function xt(e=!1){e&&await mt(`/auth/logout-everywhere`,{},{Authorization:`Bearer ${ft}`}),await mt(`/auth/logout`,{},dt),ft=``,localStorage.removeItem(ht)}var St=class extends Error{},Ct=class extends Error{code;status;field;current;constructor(e,t,n,r=``,i){super(e),this.code=t,this.status=n,this.field=r,this.current=i}};function wt(){try{let{exp:e}=JSON.parse(atob(ft.split(`.`)[1].replace(/-/g,`+`).replace(/_/g,`/`)));return e*1e3-Date.now()<6e4}catch{return!0}}async function Tt(e,t){for(let n=0;;n++){wt()&&await vt().catch(()=>!1);let r;try{r=await mt(`/graphql`,{query:e,variables:t},{Authorization:`Bearer ${ft}`})}catch{throw new St(`You are offline.`)}let i=await r.json().catch(()=>null),a=i?.errors?.[0];if(!a){if(r.ok&&i?.data)return i.data;throw r.status>=500||r.status===429?new St(`The server is busy.`):new Ct(`Unexpected answer.`,`INTERNAL`,r.status)}let o=a.extensions?.code??`INTERNAL`;if(o===`UNAUTHENTICATED`&&n===0)ft=``;else throw new Ct(a.message,o,r.status,a.extensions?.field,a.extensions?.current)}}async function Et(e,t){return await Tt(ut(e),t)}var Dt=(e,t)=>t.some(t=>e instanceof t),Ot,kt;function At(){return Ot||=[IDBDatabase,IDBObjectStore,IDBIndex,IDBCursor,IDBTransaction]}function jt(){return kt||=[IDBCursor.prototype.advance,IDBCursor.prototype.continue,IDBCursor.prototype.continuePrimaryKey]}var Mt=new WeakMap,Nt=new WeakMap,Pt=new WeakMap;function Ft(e){let t=new Promise((t,n)=>{let r=()=>{e.removeEventListener(`success`,i),e.removeEventListener(`error`,a)},i=()=>{t(Vt(e.result)),r()},a=()=>{n(e.error),r()};e.addEventListener(`success`,i),e.addEventListener(`error`,a)});return Pt.set(t,e),t}function It(e){if(Mt.has(e))return;let t=new Promise((t,n)=>{let r=()=>{e.removeEventListener(`complete`,i),e.removeEventListener(`error`,a),e.removeEventListener(`abort`,a)},i=()=>{t(),r()},a=()=>{n(e.error||new DOMException(`AbortError`,`AbortError`)),r()};e.addEventListener(`complete`,i),e.addEventListener(`error`,a),e.addEventListener(`abort`,a)});Mt.set(e,t)}var Lt={get(e,t,n){if(e instanceof IDBTransaction){if(t===`done`)return Mt.get(e);if(t===`store`)return n.objectStoreNames[1]?void 0:n.objectStore(n.objectStoreNames[0])}return Vt(e[t])},set(e,t,n){return e[t]=n,!0},has(e,t){return e instanceof IDBTransaction&&(t===`done`||t===`store`)||t in e}};function Rt(e){Lt=e(Lt)}function zt(e){return jt().includes(e)?function(...t){return e.apply(Ht(this),t),Vt(this.request)}:function(...t){return Vt(e.apply(Ht(this),t))}}function Bt(e){return typeof e==`function`?zt(e):(e instanceof IDBTransaction&&It(e),Dt(e,At())?new Proxy(e,Lt):e)}function Vt(e){if(e instanceof IDBRequest)return Ft(e);if(Nt.has(e))return Nt.get(e);let t=Bt(e);return t!==e&&(Nt.set(e,t),Pt.set(t,e)),t}var Ht=e=>Pt.get(e);function Ut(e,t,{blocked:n,upgrade:r,blocking:i,terminated:a}={}){let o=indexedDB.open(e,t),s=Vt(o);return r&&o.addEventListener(`upgradeneeded`,e=>{r(Vt(o.result),e.oldVersion,e.newVersion,Vt(o.transaction),e)}),n&&o.addEventListener(`blocked`,e=>n(e.oldVersion,e.newVersion,e)),s.then(e=>{a&&e.addEventListener(`close`,()=>a()),i&&e.addEventListener(`versionchange`,e=>i(e.oldVersion,e.newVersion,e))}).catch(()=>{}),s}var Wt=[`get`,`getKey`,`getAll`,`getAllKeys`,`count`],Gt=[`put`,`add`,`delete`,`clear`],Kt=new Map;function qt(e,t){if(!(e instanceof IDBDatabase&&!(t in e)&&typeof t==`string`))return;if(Kt.get(t))return Kt.get(t);let n=t.replace(/FromIndex$/,``),r=t!==n,i=Gt.includes(n);if(!(n in(r?IDBIndex:IDBObjectStore).prototype)||!(i||Wt.includes(n)))return;let a=async function(e,...t){let a=this.transaction(e,i?`readwrite`:`readonly`),o=a.store;return r&&(o=o.index(t.shift())),(await Promise.all([o[n](...t),i&&a.done]))[0]};return Kt.set(t,a),a}Rt(e=>({...e,get:(t,n,r)=>qt(t,n)||e.get(t,n,r),has:(t,n)=>!!qt(t,n)||e.has(t,n)}));var Jt=[`continue`,`continuePrimaryKey`,`advance`],Yt={},Xt=new WeakMap,Zt=new WeakMap,Qt={get(e,t){if(!Jt.includes(t))return e[t];let n=Yt[t];return n||=Yt[t]=function(...e){Xt.set(this,Zt.get(this)[t](...e))},n}};async function*$t(...e){let t=this;if(t instanceof IDBCursor||(t=await t.openCursor(...e)),!t)return;t=t;let n=new Proxy(t,Qt);for(Zt.set(n,t),Pt.set(n,Ht(t));t;)yield n,t=await(Xt.get(n)||t.continue()),Xt.delete(n)}function en(e,t){return t===Symbol.asyncIterator&&Dt(e,[IDBIndex,IDBObjectStore,IDBCursor])||t===`iterate`&&Dt(e,[IDBIndex,IDBObjectStore])}Rt(e=>({...e,get(t,n,r){return en(t,n)?$t:e.get(t,n,r)},has(t,n){return en(t,n)||e.has(t,n)}}));var tn=null,nn=()=>Ut(`walker-reads`,1,{upgrade(e){e.createObjectStore(`reads`,{keyPath:`key`})}});async function rn(e,t){let n=ut(e),r=n+`
`+JSON.stringify(t);tn??=nn();try{let e=await Tt(n,t);return await(await tn).put(`reads`,{key:r,data:e,at:Date.now()}),{data:e,asOf:null}}catch(e){if(!(e instanceof St))throw e;let t=await(await tn).get(`reads`,r);if(!t)throw e;return{data:t.data,asOf:t.at}}}async function an(){tn??=nn(),await(await tn).clear(`reads`)}var on=e=>({[e instanceof Error&&`field`in e?String(e.field??``):``]:e instanceof Error?e.message:String(e)}),sn=e=>e?new FormData(e):new FormData;function cn(e,t={}){let n=ke(null),[r,i]=D(!1),[a,o]=D(t),[,s]=D(0),[c,l]=D(0),u=new Set,d={...a,...r?e(sn(n.current)):{}};return O(()=>{if(!c)return;let e=n.current?.querySelector(`[aria-invalid="true"]`);e?.focus({preventScroll:!0}),e?.scrollIntoView({block:`center`})},[c]),O(()=>{Object.keys(t).length&&l(e=>e+1)},[]),{ref:n,errors:d,field(e){return u.add(e),{name:e,"aria-invalid":d[e]?`true`:void 0,"aria-describedby":d[e]?`err-`+e:void 0}},error(e){return u.add(e),d[e]?k`<span class="field-error" id=${`err-`+e} data-field=${e}>${d[e]}</span>`:null},others(){let e=Object.entries(d).filter(([e])=>!u.has(e));return e.length?k`<div class="error" role="alert">${e.map(([e,t])=>k`<p>${e?e+`: `:``}${t}</p>`)}</div>`:null},submit(t){return r=>{r.preventDefault();let a=sn(n.current);i(!0),Object.keys(e(a)).length?l(e=>e+1):(o({}),t(a))}},refuse(e){o(e),l(e=>e+1)},onInput(e){let t=e.target?.name;t&&a[t]&&o(({[t]:e,...n})=>n),s(e=>e+1)}}}var ln={_comment:`Generated by go generate (ent/entc.go) from the rules declared in ent/schema; do not edit. The server enforces them; the app (pwa) checks the same rules, with the same messages, before anything is sent. Entities and fields are named as in the GraphQL schema. Text is trimmed of the characters in 'blank' at both ends before any rule applies, and lengths count characters (code points), not bytes. A field with maxAheadHours is a time refused before earliestDate and after now plus that many hours, its date (YYYY-MM-DD, UTC) in the message.`,blank:`[\\s\\u0085\\p{Cf}\\u034f\\u115f\\u1160\\u3164\\uffa0]`,earliestDate:`2000-01-01`,emailPattern:`^[^@\\t\\n\\f\\r ]+@[^@\\t\\n\\f\\r ]+\\.[^@\\t\\n\\f\\r ]+$`,messages:{email:`must be an email address, such as name@example.com`,maxChars:`must be at most {max} characters`,notAfter:`must not be later than {date}`,notBefore:`must not be before {date}`,range:`must be between {min} and {max}`,required:`must not be empty`},entities:{APIToken:{name:{required:!0,maxChars:120}},Commitment:{target:{min:1,max:1e4}},Conversation:{durationMinutes:{min:0,max:1440},heard:{maxChars:1e4},occurredAt:{maxAheadHours:24},painPoints:{maxChars:1e4}},Customer:{company:{maxChars:200},name:{required:!0,maxChars:200},persona:{maxChars:120},segment:{maxChars:120}},Decision:{clvImpact:{min:-0xe8d4a51000,max:0xe8d4a51000},context:{maxChars:1e4},customerBenefit:{maxChars:2e3,benefit:!0},decidedAt:{maxAheadHours:24},optionsConsidered:{maxChars:1e4},realisedImpact:{maxChars:1e4},reviewOn:{maxAheadHours:43800},title:{required:!0,maxChars:200}},Endorsement:{comment:{maxChars:2e3}},FeedbackReview:{heldAt:{maxAheadHours:43800},notes:{maxChars:1e4},title:{required:!0,maxChars:200}},FollowUp:{action:{required:!0,maxChars:2e3},doneAt:{maxAheadHours:24},dueOn:{maxAheadHours:43800}},Invitation:{email:{maxChars:254,email:!0}},Leader:{email:{required:!0,maxChars:254,email:!0},name:{required:!0,maxChars:200},team:{maxChars:120},title:{maxChars:120}},Nomination:{decisionNote:{maxChars:2e3},story:{required:!0,maxChars:4e3}},Organization:{name:{required:!0,maxChars:200}},Passkey:{name:{required:!0,maxChars:120}}}},un={_comment:`The customer-benefit rule, shared: the server (validate.go) embeds it and the app (pwa/src/benefit.ts) imports it, so both refuse the same answers with the same message. Both test suites run the examples.`,minLength:15,minLetters:10,minDistinctLetters:5,message:`say what the customer gains from this decision, in at least 15 characters (placeholders such as "n/a", "tbd", "none" or "same" are not accepted)`,placeholders:`.asabove.ditto.fillinlater.idk.later.loremipsum.loremipsumdolorsitamet.na.nil.nobenefit.nobenefitforthecustomer.nocomment.noimpact.none.nonefornow.notapplicable.nothing.nothingatall.nothingreally.notrelevant.notsure.null.same.sameasabove.seeabove.seebelow.tba.tbc.tbd.test.testing.tobeconfirmed.tobedefined.tobedetermined.todo.unknown.whatever.willaddlater.xxx`.split(`.`),examples:{accepted:[`Refunds arrive in 2 days instead of 10`,`Faster refunds!`,`  Shorter queues at the counter  `,`Kunden erhalten Rückerstattungen schneller`,`Same-day delivery for all orders in town`],refused:[``,`     `,`Faster refund!`,`n/a`,`N/A                      `,`TBD.`,`Same as above.`,`Not Applicable!!!`,`N.O.T.H.I.N.G.    `,`----------------`,`aaaaaaaaaaaaaaaaaaaa`,`abababababababababab`,`1234567890123456`,`Lorem ipsum dolor sit amet`,`No benefit for the customer`]}},dn=new Set(un.placeholders);function fn(e){let t=e.trim();if([...t].length<un.minLength)return un.message;let n=t.toLowerCase(),r=[...n].filter(e=>/[\p{L}\p{Nd}]/u.test(e)).join(``),i=[...n].filter(e=>/\p{L}/u.test(e));return dn.has(r)||i.length<un.minLetters||new Set(i).size<un.minDistinctLetters?un.message:``}un.examples;var pn=ln.entities,mn=RegExp(`^${ln.blank}+|${ln.blank}+$`,`gu`),hn=new RegExp(ln.emailPattern,`u`),gn=(e,t)=>e.replace(/\{(\w+)\}/g,(e,n)=>String(t[n])),R=e=>e.replace(mn,``);function _n(e,t,n,r=new Date){let i=pn[e]?.[t];if(!i)return``;let a=ln.messages,o=typeof n==`string`?R(n):n;if(o==null||o===``)return i.benefit?fn(``):i.required?a.required:``;if(i.maxAheadHours!==void 0){let e=new Date(o).getTime(),t=new Date(ln.earliestDate+`T00:00:00Z`).getTime(),n=r.getTime()+i.maxAheadHours*36e5;return Number.isNaN(e)||e<t?gn(a.notBefore,{date:ln.earliestDate}):e>n?gn(a.notAfter,{date:new Date(n).toISOString().slice(0,10)}):``}if(i.min!==void 0||i.max!==void 0){let e=Number(o),t=i.min??-1/0,n=i.max??1/0;return Number.isFinite(e)&&e>=t&&e<=n?``:gn(a.range,{min:t,max:n})}let s=String(o);return i.maxChars!==void 0&&[...s].length>i.maxChars?gn(a.maxChars,{max:i.maxChars}):i.email&&!hn.test(s)?a.email:i.benefit?fn(s):``}function vn(e,t,n=new Date){let r={};for(let[i,a]of Object.entries(t)){let t=_n(e,i,a,n);t&&(r[i]=t)}return r}function yn(e){return e instanceof pt?e.message:e instanceof DOMException&&e.name===`NotAllowedError`?`The passkey request was cancelled.`:`Something went wrong. Try again.`}function bn({token:e,done:t}){let[n,r]=D(!1),i=new URLSearchParams(location.search).has(`setup`),a=e=>({name:R(String(e.get(`name`)??``)),email:R(String(e.get(`email`)??``)),organization:R(String(e.get(`organization`)??``)),passkeyName:R(String(e.get(`passkeyName`)??``))}),o=cn(e=>{let t=a(e),n=[[`name`,`Leader`,`name`,t.name],[`passkeyName`,`Passkey`,`name`,t.passkeyName]];return i&&n.push([`organization`,`Organization`,`name`,t.organization],[`email`,`Leader`,`email`,t.email]),Object.fromEntries(n.map(([e,t,n,r])=>[e,_n(t,n,r)]).filter(([,e])=>e))}),s=o.submit(async n=>{let s=a(n);r(!0);try{await yt({invitation:e,name:s.name,email:i?s.email:``,...i?{organization:s.organization}:{},passkeyName:s.passkeyName}),history.replaceState(null,``,`/`),t()}catch(e){o.refuse(e instanceof pt?{[e.field]:e.message}:{"":yn(e)})}finally{r(!1)}});return k`<h1>${i?`Set up Walker`:`Welcome to Walker`}</h1>
    <p class="muted">${i?`You are the first admin. Name your organization and say who you are.`:`You were invited.`} Walker has no passwords: create a passkey on this device to sign in.</p>
    <form onSubmit=${s} onInput=${o.onInput} ref=${o.ref} aria-label="Create a passkey" novalidate>
      ${i&&k`<label>Organization <input autocomplete="organization" required ...${o.field(`organization`)} />${o.error(`organization`)}</label>`}
      <label>Your name <input autocomplete="name" required ...${o.field(`name`)} />${o.error(`name`)}</label>
      ${i&&k`<label>Your email <input type="email" autocomplete="email" required ...${o.field(`email`)} />${o.error(`email`)}</label>`}
      <label>Name this passkey <input defaultValue="This phone" required ...${o.field(`passkeyName`)} />${o.error(`passkeyName`)}</label>
      ${o.others()}
      <button type="submit" disabled=${n}>Create a passkey</button>
    </form>`}function xn({done:e}){let[t,n]=D(``),[r,i]=D(!1),[a]=D(()=>new AbortController);O(()=>(PublicKeyCredential.isConditionalMediationAvailable?.().then(t=>{t&&bt(a.signal,!0).then(e,()=>{})}),()=>a.abort()),[]);async function o(){a.abort(),i(!0),n(``);try{await bt(),e()}catch(e){n(yn(e))}finally{i(!1)}}return k`<h1>Walker</h1>
    <p class="muted">Show whether you walk the talk: log the customers you meet, in seconds.</p>
    <div class="card">
      <label>Email <input name="username" autocomplete="username webauthn" placeholder="Use your passkey" /></label>
      ${t&&k`<p class="error" role="alert">${t}</p>`}
      <button type="button" onClick=${o} disabled=${r}>Sign in with a passkey</button>
    </div>`}var Sn=0,Cn=new Set;function wn(){function e(e,t){var n=rt(e).definitions,r=new Set;for(var i of t||[])for(var a of i.definitions)a.kind===A.FRAGMENT_DEFINITION&&!r.has(a)&&(n.push(a),r.add(a));var o;(o=n[0].kind===A.FRAGMENT_DEFINITION)&&n[0].directives&&(n[0].directives=n[0].directives.filter((e=>e.name.value!==`_unmask`)));var s;return{kind:A.DOCUMENT,definitions:n,get loc(){if(!s&&o){var n=e+function(e){try{Sn++;var t=``;for(var n of e)if(!Cn.has(n)){Cn.add(n);var{loc:r}=n;r&&(t+=r.source.body)}return t}finally{--Sn==0&&Cn.clear()}}(t||[]);return{start:0,end:n.length,source:{body:n,name:`GraphQLTada`,locationOffset:{line:1,column:1}}}}return s},set loc(e){s=e}}}return e.scalar=function(e,t){return t},e.persisted=function(e,t){return{kind:A.DOCUMENT,definitions:t?t.definitions:[],documentId:e}},e}wn();var z=wn(),Tn=/^\d{4}-\d\d-\d\dT\d\d:\d\d/,En=e=>e==null||e===``;function Dn(e,t){return En(e)||En(t)?En(e)&&En(t):typeof e==`string`&&typeof t==`string`&&Tn.test(e)&&Tn.test(t)?Date.parse(e)===Date.parse(t):Array.isArray(e)&&Array.isArray(t)?e.length===t.length&&e.every((e,n)=>Dn(e,t[n])):e===t||typeof e==`number`&&typeof t==`number`&&Math.abs(e-t)<1e-9}function On(e,t,n){return Object.keys(e).map(r=>({name:r,mine:e[r],theirs:n[r]??null,was:t[r]??null,agreed:Dn(e[r],n[r])}))}function kn(e,t,n,r){return r.filter(r=>!(r in e)&&r in t&&!Dn(t[r],n[r]))}var An=e=>Object.fromEntries(e.map(e=>[e.name,`mine`]));function jn(e,t){let n={};for(let r of e)(t[r.name]??`mine`)===`mine`&&!Dn(r.mine,r.theirs)&&(n[r.name]=r.mine);return n}function Mn(e){let t={};for(let[n,r]of Object.entries(e))r===null?t[`clear`+n[0].toUpperCase()+n.slice(1)]=!0:t[n]=r;return t}function Nn(e,t){return Object.fromEntries(Object.entries(t).filter(([t,n])=>!Dn(e[t],n)))}var Pn=z(`
  fragment CustomerRow on Customer { id version clientID name company segment erased }
`),Fn=z(`
  fragment PersonRow on Leader { id version name email jobTitle: title team role champion deactivatedAt }
`),In=z(`
  fragment ConversationFields on Conversation {
    id version clientID mode occurredAt durationMinutes heard painPoints sentiment
    leader { id }
  }
`),Ln=z(`
  fragment ConversationRow on Conversation {
    ...ConversationFields
    customers(first: 10) { totalCount edges { node { id } } }
  }
`,[In]),Rn=z(`
  fragment ConversationWhole on Conversation {
    ...ConversationFields
    customers(first: 100) { totalCount edges { node { id } } }
  }
`,[In]),zn=z(`
  fragment FollowUpRow on FollowUp { id version clientID action ownerID conversationID reviewID dueOn doneAt quickWin newInitiative }
`),Bn=z(`
  fragment DecisionRow on Decision {
    id version clientID createdAt title context customerBenefit clvImpact status decidedAt
    owner { id }
    evidence(first: 0) { totalCount }
  }
`),Vn=z(`
  fragment NominationRow on Nomination { id version clientID createdAt story nominationStatus: status nomineeID customerID conversationID nominator { id } }
`),Hn=z(`
  fragment EndorsementRow on Endorsement { id version clientID createdAt nominationID comment endorser { id } }
`),Un=z(`
  fragment ReviewRow on FeedbackReview {
    id version clientID title heldAt notes
    host { id }
    attendees(first: 0) { totalCount }
    conversations(first: 0) { totalCount }
  }
`),Wn=z(`
  fragment CommitmentRow on Commitment { id version behaviour target period leader { id } }
`),Gn=[`customers`,`people`,`conversations`,`followUps`,`decisions`,`nominations`,`endorsements`,`reviews`,`commitments`],Kn={customers:`CUSTOMER`,people:`LEADER`,conversations:`CONVERSATION`,followUps:`FOLLOW_UP`,decisions:`DECISION`,nominations:`NOMINATION`,endorsements:`ENDORSEMENT`,reviews:`FEEDBACK_REVIEW`,commitments:`COMMITMENT`},qn=Object.fromEntries(Object.entries(Kn).map(([e,t])=>[t,e])),Jn=e=>String(e?.id??``),Yn=e=>(e?.edges??[]).flatMap(e=>e?.node?[e.node.id]:[]),Xn=e=>Number(e?.totalCount??0);function Zn(e,t){let{__typename:n,...r}=t;switch(e){case`conversations`:{let{leader:e,customers:t,...n}=r,i=Yn(t),a={...n,leaderID:Jn(e),customerIDs:i};return Xn(t)>i.length&&(a.partial=!0),a}case`decisions`:{let{owner:e,evidence:t,...n}=r;return{...n,ownerID:Jn(e),evidenceCount:Xn(t)}}case`nominations`:{let{nominator:e,nominationStatus:t,...n}=r;return{...n,status:t,nominatorID:Jn(e)}}case`people`:{let{jobTitle:e,...t}=r;return{...t,title:e??null}}case`endorsements`:{let{endorser:e,...t}=r;return{...t,endorserID:Jn(e)}}case`reviews`:{let{host:e,attendees:t,conversations:n,...i}=r;return{...i,hostID:Jn(e),attendeeCount:Xn(t),conversationCount:Xn(n)}}case`commitments`:{let{leader:e,...t}=r;return{...t,leaderID:Jn(e)}}default:return r}}var Qn=`local:`,B=e=>Qn+e,$n=e=>typeof e==`string`&&e.startsWith(Qn);function er(e,t=[]){return $n(e)?t.push(e.slice(6)):Array.isArray(e)?e.forEach(e=>er(e,t)):e&&typeof e==`object`&&Object.values(e).forEach(e=>er(e,t)),t}function tr(e,t){return $n(e)?t.get(e.slice(6)):Array.isArray(e)?e.map(e=>tr(e,t)):e&&typeof e==`object`?Object.fromEntries(Object.entries(e).map(([e,n])=>[e,tr(n,t)])):e}var nr=class e{db;replaying=null;again=!1;listeners=new Set;constructor(e){this.db=e}static async open(t=`walker`){let n=await Ut(t,2,{upgrade(e,t){t<1&&e.createObjectStore(`outbox`,{keyPath:`id`}).createIndex(`seq`,`seq`),t<2&&e.createObjectStore(`ids`,{keyPath:`clientID`})}});return new e(n)}subscribe(e){return this.listeners.add(e),()=>this.listeners.delete(e)}changed(){this.listeners.forEach(e=>e())}async serverID(e){return(await this.db.get(`ids`,e))?.id}async add(e){let t=this.db.transaction(`outbox`,`readwrite`),n=await t.store.get(e.id);if(n)return await t.done,n;let r=await t.store.index(`seq`).openCursor(null,`prev`),i={...e,seq:(r?.value.seq??0)+1,status:`waiting`,attempts:0,createdAt:Date.now()};return await t.store.add(i),await t.done,this.changed(),i}async list(){return this.db.getAllFromIndex(`outbox`,`seq`)}async discard(e){await this.db.delete(`outbox`,e),this.changed()}async retry(e,t,n={}){let r=await this.db.get(`outbox`,e);r&&(await this.db.put(`outbox`,{...r,...n,status:`waiting`,error:void 0,field:void 0,current:void 0,variables:t??r.variables}),this.changed())}async cancel(e){let t=this.db.transaction(`outbox`,`readwrite`),n=await t.store.get(e),r=!!n&&n.status!==`sending`;return r&&await t.store.delete(e),await t.done,r&&this.changed(),r}async rebase(e,t,n,r){let i=this.db.transaction(`outbox`,`readwrite`);for(let a of await i.store.getAll())a.status!==`sending`&&a.effect?.store===e&&a.effect.op===`patch`&&a.effect.id===t&&a.variables.expectedVersion===n&&await i.store.put({...a,variables:{...a.variables,expectedVersion:r}});await i.done}async claim(e){let t=this.db.transaction(`outbox`,`readwrite`),n=await t.store.get(e);if(!n||n.status===`attention`)return await t.done,null;let r={...n,status:`sending`,attempts:n.attempts+1};return await t.store.put(r),await t.done,r}replay(e){return this.replaying?(this.again=!0,this.replaying):(this.replaying=(async()=>{let t=0;do this.again=!1,t+=await this.run(e);while(this.again);return t})().finally(()=>this.replaying=null),this.replaying)}async run(e){let t=0;try{for(let n of await this.list()){if(n.status===`attention`)continue;let r=await this.claim(n.id);if(!r)continue;let i=await this.resolve(r);if(!i){let e=await this.db.get(`outbox`,r.id);e?.status===`sending`&&await this.db.put(`outbox`,{...e,status:`waiting`,attempts:r.attempts-1});continue}this.changed();let a;try{a=await e({...r,variables:i})}catch{a={kind:`retry`}}if(a.kind===`stored`){let e=this.db.transaction([`outbox`,`ids`],`readwrite`);a.id&&await e.objectStore(`ids`).put({clientID:r.id,id:a.id}),await e.objectStore(`outbox`).delete(r.id),await e.done,t++;continue}let o=await this.db.get(`outbox`,r.id);if(o){if(a.kind===`refused`)await this.db.put(`outbox`,{...o,status:`attention`,error:a.message,field:a.field,current:a.current});else{await this.db.put(`outbox`,{...o,status:`waiting`});break}}}}finally{this.changed()}return t}async resolve(e){let t=er(e.variables);if(t.length===0)return e.variables;let n=new Map;for(let r of t){let t=await this.serverID(r);if(t)n.set(r,t);else return await this.db.get(`outbox`,r)||await this.db.put(`outbox`,{...e,status:`attention`,error:`It refers to something that was discarded: change it or discard it.`}),null}return tr(e.variables,n)}async recover(){for(let e of await this.list())e.status===`sending`&&await this.db.put(`outbox`,{...e,status:`waiting`});this.changed()}};function rr(e){let t=new Date(e),n=t.getUTCFullYear(),r=t.getUTCMonth();return{mine:new Date(Date.UTC(n,r-11,1)).toISOString(),everyone:new Date(Date.UTC(n,r-1,1)).toISOString()}}var ir=(e,t)=>!!e&&Date.parse(e)>=Date.parse(t);function ar(e,t,n,r){let i=rr(n.now);switch(e){case`conversations`:{let e=t;return e.leaderID===n.me&&ir(e.occurredAt,i.mine)||n.admin&&ir(e.occurredAt,i.everyone)}case`followUps`:{let e=t;return e.ownerID===n.me||!!e.conversationID&&!!r.get(`conversations`,e.conversationID)}case`commitments`:return t.leaderID===n.me;default:return!0}}function or(e,t,n){let r=qn[e.entity];if(!r)return{kind:`skip`};let i=n.get(r,e.id),a=Math.max(i?.version??0,n.gone(r,e.id)??0);if(e.version<=a)return{kind:`skip`};if(e.operation===`DELETED`||!e.node)return{kind:`delete`,store:r,id:e.id,version:e.version};let o=Zn(r,e.node);return o.version<=a?{kind:`skip`}:ar(r,o,t,n)?{kind:`put`,store:r,record:o}:i?{kind:`delete`,store:r,id:e.id,version:0}:{kind:`skip`}}function sr(e,t,n){let r=new Map,i=new Map,a=(e,t)=>e+`
`+t,o={get:(e,t)=>{let i=a(e,t);return r.has(i)?r.get(i)??void 0:n.get(e,t)},gone:(e,t)=>i.get(a(e,t))??n.gone(e,t)},s=new Map;for(let n of e){let e=or(n,t,o);if(e.kind===`skip`)continue;let c=a(e.store,e.kind===`put`?e.record.id:e.id);e.kind===`put`?r.set(c,e.record):(r.set(c,null),e.version&&i.set(c,e.version)),s.delete(c),s.set(c,e)}return[...s.values()]}function cr(e,t,n){let r=[],i=new Set;for(let a of t.conversations??[])ar(`conversations`,a,e,n)||(r.push([`conversations`,a.id]),i.add(a.id));let a={get:(e,t)=>e===`conversations`&&i.has(t)?void 0:n.get(e,t)};for(let n of t.followUps??[])ar(`followUps`,n,e,a)||r.push([`followUps`,n.id]);return r}var lr=(e,t)=>({doc:e,variables:t}),ur=e=>{let t=e.definitions.find(e=>e.kind===A.OPERATION_DEFINITION);if(!t||t.operation!==`query`)throw Error(`batch: only queries can be batched`);return t};function dr(e){let t=[],n=[],r=new Map,i={};e.forEach((e,a)=>{let o=`q${a}_`,s=at(ur(e.doc),{Variable:e=>({...e,name:{...e.name,value:o+e.name.value}})});n.push(...s.variableDefinitions??[]);for(let e of s.selectionSet.selections){if(e.kind!==A.FIELD)throw Error(`batch: a query's root selections must be fields`);let n=o+(e.alias?.value??e.name.value);t.push({...e,alias:{kind:A.NAME,value:n}})}for(let t of e.doc.definitions)t.kind===A.FRAGMENT_DEFINITION&&r.set(t.name.value,t);for(let[t,n]of Object.entries(e.variables??{}))i[o+t]=n});let a={kind:A.OPERATION_DEFINITION,operation:`query`,name:{kind:A.NAME,value:`Batch`},variableDefinitions:n,directives:[],selectionSet:{kind:A.SELECTION_SET,selections:t}};return{query:ut({kind:A.DOCUMENT,definitions:[a,...r.values()]}),variables:i,fields:t.length}}function fr(e,t){return e.map((e,n)=>{let r=`q${n}_`;return Object.fromEntries(Object.entries(t).filter(([e])=>e.startsWith(r)).map(([e,t])=>[e.slice(r.length),t]))})}var pr=z(`
  query CustomersPage($after: Cursor, $where: CustomerWhereInput) { customers(first: 100, after: $after, where: $where) { edges { cursor node { ...CustomerRow } } } }
`,[Pn]),mr=z(`
  query CustomersBounds($where: CustomerWhereInput) {
    low: customers(first: 1, where: $where) { totalCount edges { node { id } } }
    high: customers(last: 1, where: $where) { totalCount edges { node { id } } }
  }
`),hr=z(`
  query PeoplePage($after: Cursor, $where: LeaderWhereInput) { leaders(first: 100, after: $after, where: $where) { edges { cursor node { ...PersonRow } } } }
`,[Fn]),gr=z(`
  query PeopleBounds($where: LeaderWhereInput) {
    low: leaders(first: 1, where: $where) { totalCount edges { node { id } } }
    high: leaders(last: 1, where: $where) { totalCount edges { node { id } } }
  }
`),_r=z(`
  query ConversationsPage($after: Cursor, $where: ConversationWhereInput) { conversations(first: 100, after: $after, where: $where) { edges { cursor node { ...ConversationRow } } } }
`,[Ln]),vr=z(`
  query ConversationsBounds($where: ConversationWhereInput) {
    low: conversations(first: 1, where: $where) { totalCount edges { node { id } } }
    high: conversations(last: 1, where: $where) { totalCount edges { node { id } } }
  }
`),yr=z(`
  query FollowUpsPage($after: Cursor, $where: FollowUpWhereInput) { followUps(first: 100, after: $after, where: $where) { edges { cursor node { ...FollowUpRow } } } }
`,[zn]),br=z(`
  query FollowUpsBounds($where: FollowUpWhereInput) {
    low: followUps(first: 1, where: $where) { totalCount edges { node { id } } }
    high: followUps(last: 1, where: $where) { totalCount edges { node { id } } }
  }
`),xr=z(`
  query DecisionsPage($after: Cursor, $where: DecisionWhereInput) { decisions(first: 100, after: $after, where: $where) { edges { cursor node { ...DecisionRow } } } }
`,[Bn]),Sr=z(`
  query DecisionsBounds($where: DecisionWhereInput) {
    low: decisions(first: 1, where: $where) { totalCount edges { node { id } } }
    high: decisions(last: 1, where: $where) { totalCount edges { node { id } } }
  }
`),Cr=z(`
  query NominationsPage($after: Cursor, $where: NominationWhereInput) { nominations(first: 100, after: $after, where: $where) { edges { cursor node { ...NominationRow } } } }
`,[Vn]),wr=z(`
  query NominationsBounds($where: NominationWhereInput) {
    low: nominations(first: 1, where: $where) { totalCount edges { node { id } } }
    high: nominations(last: 1, where: $where) { totalCount edges { node { id } } }
  }
`),Tr=z(`
  query EndorsementsPage($after: Cursor, $where: EndorsementWhereInput) { endorsements(first: 100, after: $after, where: $where) { edges { cursor node { ...EndorsementRow } } } }
`,[Hn]),Er=z(`
  query EndorsementsBounds($where: EndorsementWhereInput) {
    low: endorsements(first: 1, where: $where) { totalCount edges { node { id } } }
    high: endorsements(last: 1, where: $where) { totalCount edges { node { id } } }
  }
`),Dr=z(`
  query ReviewsPage($after: Cursor, $where: FeedbackReviewWhereInput) { feedbackReviews(first: 100, after: $after, where: $where) { edges { cursor node { ...ReviewRow } } } }
`,[Un]),Or=z(`
  query ReviewsBounds($where: FeedbackReviewWhereInput) {
    low: feedbackReviews(first: 1, where: $where) { totalCount edges { node { id } } }
    high: feedbackReviews(last: 1, where: $where) { totalCount edges { node { id } } }
  }
`),kr=z(`
  query CommitmentsPage($after: Cursor, $where: CommitmentWhereInput) { commitments(first: 100, after: $after, where: $where) { edges { cursor node { ...CommitmentRow } } } }
`,[Wn]),Ar=z(`
  query CommitmentsBounds($where: CommitmentWhereInput) {
    low: commitments(first: 1, where: $where) { totalCount edges { node { id } } }
    high: commitments(last: 1, where: $where) { totalCount edges { node { id } } }
  }
`),jr=e=>{let t=rr(e.now),n={hasLeaderWith:[{id:e.me}],occurredAtGTE:t.mine};return e.admin?{or:[n,{occurredAtGTE:t.everyone}]}:n},Mr=()=>null,Nr=e=>e,Pr=[Nr({store:`people`,page:hr,bounds:gr,where:Mr,cost:202}),Nr({store:`commitments`,page:kr,bounds:Ar,where:e=>({hasLeaderWith:[{id:e.me}]}),cost:302}),Nr({store:`conversations`,page:_r,bounds:vr,where:jr,cost:2502}),Nr({store:`followUps`,page:yr,bounds:br,cost:202,where:e=>({or:[{hasOwnerWith:[{id:e.me}]},{hasConversationWith:[jr(e)]}]})}),Nr({store:`decisions`,page:xr,bounds:Sr,where:Mr,cost:502}),Nr({store:`nominations`,page:Cr,bounds:wr,where:Mr,cost:302}),Nr({store:`endorsements`,page:Tr,bounds:Er,where:Mr,cost:302}),Nr({store:`reviews`,page:Dr,bounds:Or,where:Mr,cost:702}),Nr({store:`customers`,page:pr,bounds:mr,where:Mr,cost:202})];function Fr(e,t,n,r=2e3,i=24){let a=Number(e),o=Number(t),s=Math.max(1,Math.min(i,Math.ceil(n/r),o-a+1||1));if(!Number.isSafeInteger(a)||!Number.isSafeInteger(o)||s===1)return[{idGTE:null,idLT:null}];let c=(o-a+1)/s,l=Array.from({length:s-1},(e,t)=>String(Math.floor(a+c*(t+1))));return[...l.map((e,t)=>({idGTE:t===0?null:l[t-1],idLT:e})),{idGTE:l[s-2],idLT:null}]}function Ir(e,t){let n={...e??{}};return t.idGTE!==null&&(n.idGTE=t.idGTE),t.idLT!==null&&(n.idLT=t.idLT),Object.keys(n).length?n:null}var Lr=z(`query ChangesCursor { changesCursor }`),Rr=z(`
  query Changes($after: String, $entities: [ChangeEntity!]) {
    changes(after: $after, first: 100, entities: $entities) {
      edges { node { entity operation id version node {
        __typename ...CustomerRow ...PersonRow ...ConversationRow ...FollowUpRow ...DecisionRow ...NominationRow ...EndorsementRow ...ReviewRow ...CommitmentRow
      } } }
      pageInfo { hasNextPage endCursor }
    }
  }
`,[Pn,Fn,Ln,zn,Bn,Vn,Hn,Un,Wn]),zr=z(`
  query WholeConversation($id: ID!) { node(id: $id) { __typename ...ConversationWhole } }
`,[Rn]),Br={cost:9e3,fields:28},Vr=Gn.map(e=>Kn[e]),Hr=e=>`${e.me}:${e.admin?`admin`:`member`}`;function Ur(e,t=Br){let n=[],r=[],i=0,a=0;for(let o of e)r.length&&(i+o.cost>t.cost||a+o.fields>t.fields)&&(n.push(r),r=[],i=a=0),r.push(o),i+=o.cost,a+=o.fields;return r.length&&n.push(r),n}async function Wr(e,t){let n=dr(t);try{return fr(t,await e(n.query,n.variables))}catch(n){if(!(n instanceof Ct&&n.code===`COST_LIMIT`)||t.length===1)throw n;let r=Math.ceil(t.length/2);return[...await Wr(e,t.slice(0,r)),...await Wr(e,t.slice(r))]}}var Gr=class{replica;send;running=null;again=!1;progress=null;listeners=new Set;constructor(e,t){this.replica=e,this.send=t}onProgress(e){return this.listeners.add(e),()=>this.listeners.delete(e)}report(e){this.progress=e,this.listeners.forEach(e=>e())}pull(e){return this.running?(this.again=!0,this.running):(this.running=(async()=>{let t=performance.now(),n=0;do{this.again=!1;try{n+=await this.once(e())}catch(e){if(!this.again)throw e}}while(this.again);let r=n?{pulled:{changes:n,ms:Math.round(performance.now()-t)}}:{};this.replica.meta&&await this.replica.write([],{syncedAt:Date.now(),...r})})().finally(()=>this.running=null),this.running)}async once(e){await this.replica.load();let t=this.replica.meta;if(!t||t.state!==`ready`||t.scope!==Hr(e))return this.fill(e);try{return await this.follow(e)}catch(t){if(!(t instanceof Ct&&t.code===`RESYNC_REQUIRED`))throw t;return this.fill(e)}}async fill(e){let t=performance.now(),n=String((await this.send(ut(Lr),{})).changesCursor),r={state:`filling`,scope:Hr(e),cursor:n,filledAt:0,fillMs:0,syncedAt:0,pulled:{changes:0,ms:0}};await this.replica.clear(r);let i=await Wr(this.send,Pr.map(t=>lr(t.bounds,{where:t.where(e)}))),a=[],o=0;Pr.forEach((t,n)=>{let r=i[n],s=r.low.totalCount;if(s&&r.low.edges[0]&&r.high.edges[0]){o+=s;for(let n of Fr(r.low.edges[0].node.id,r.high.edges[0].node.id,s))a.push({list:t,where:Ir(t.where(e),n),after:null})}});let s=0;this.report({read:s,total:o});let c=a,l=Promise.resolve();for(;c.length;){let e=Ur(c.map(e=>({c:e,cost:e.list.cost,fields:1})))[0].map(e=>e.c),t=await Wr(this.send,e.map(e=>lr(e.list.page,{after:e.after,where:e.where}))),n=[];e.forEach((e,r)=>{let i=Object.values(t[r])[0].edges??[];for(let t of i)t?.node&&n.push({kind:`put`,store:e.list.store,record:Zn(e.list.store,t.node)});e.after=i.length===100?i[99]?.cursor??null:null}),await l,l=this.replica.write(n),s+=n.length,this.report({read:s,total:Math.max(o,s)});let r=new Set(e.filter(e=>e.after===null));c=c.filter(e=>!r.has(e))}await l,await this.complete();let u=Date.now();return await this.replica.write([],{state:`ready`,filledAt:u,fillMs:Math.round(performance.now()-t),syncedAt:u}),this.report(null),this.follow(e)}async follow(e){let t=0;for(;;){let n=this.replica.meta.cursor,r=await this.send(ut(Rr),{after:n,entities:Vr}),i=r.changes.edges.map(e=>e.node);t+=i.length;let a=sr(i,e,this.replica);if(await this.replica.write(a,{cursor:r.changes.pageInfo.endCursor}),a.length&&await this.complete(),!r.changes.pageInfo.hasNextPage)break}return await this.prune(e),t}async complete(){let e=[...this.replica.all(`conversations`).values()].filter(e=>e.partial);for(let t=0;t<e.length;t+=5){let n=(await Wr(this.send,e.slice(t,t+5).map(e=>lr(zr,{id:e.id})))).flatMap(e=>{let t=e.node;if(!t)return[];let{partial:n,...r}=Zn(`conversations`,t);return[{kind:`put`,store:`conversations`,record:r}]});await this.replica.write(n)}}async prune(e){let t=this.replica,n=cr(e,{conversations:t.all(`conversations`).values(),followUps:t.all(`followUps`).values()},t).map(([e,t])=>({kind:`delete`,store:e,id:t,version:0}));n.length&&await t.write(n)}},Kr=`walker-replica`,qr=(e,t)=>e+`:`+t,Jr=class{name;db=null;mem=new Map;byClient=new Map;tombs=new Map;listeners=new Set;loading=null;revs=new Map;meta=null;rev=0;constructor(e=Kr){this.name=e;for(let e of Gn)this.mem.set(e,new Map)}open(){return this.db??=Ut(this.name,2,{upgrade(e){let t=t=>e.objectStoreNames.contains(t);for(let n of Gn)t(n)||e.createObjectStore(n,{keyPath:`id`});t(`tombstones`)||e.createObjectStore(`tombstones`,{keyPath:`key`}),t(`meta`)||e.createObjectStore(`meta`)},blocking:()=>this.evicted(),terminated:()=>this.evicted()}).then(e=>(e.addEventListener(`close`,()=>this.evicted()),e)),this.db}evicted(){let e=this.db;this.db=null,this.loading=null,e?.then(e=>e.close(),()=>{}),this.reset(),this.meta=null,this.changed()}reset(){for(let e of Gn)this.mem.set(e,new Map),this.touch(e);this.byClient.clear(),this.tombs.clear()}load(){return this.loading??=(async()=>{let e=(await this.open()).transaction([...Gn,`tombstones`,`meta`]),[t,n,...r]=await Promise.all([e.objectStore(`meta`).get(`meta`),e.objectStore(`tombstones`).getAll(),...Gn.map(t=>e.objectStore(t).getAll())]);this.reset(),Gn.forEach((e,t)=>r[t].forEach(t=>this.keep(e,t))),n.forEach(e=>this.tombs.set(e.key,e.version)),this.meta=t??null,this.changed()})(),this.loading}storeRev(e){return this.revs.get(e)??0}touch(e){this.revs.set(e,this.storeRev(e)+1)}keep(e,t){if(this.mem.get(e).set(t.id,t),t.clientID){let n=this.byClient.get(e);n||this.byClient.set(e,n=new Map),n.set(t.clientID,t.id)}}drop(e,t){let n=this.mem.get(e).get(t);this.mem.get(e).delete(t),n?.clientID&&this.byClient.get(e)?.delete(n.clientID)}subscribe(e){return this.listeners.add(e),()=>this.listeners.delete(e)}changed(){this.rev++,this.listeners.forEach(e=>e())}get(e,t){return this.mem.get(e).get(t)}gone(e,t){return this.tombs.get(qr(e,t))}all(e){return this.mem.get(e)}idOfClient(e,t){return this.byClient.get(e)?.get(t)}async write(e,t){let n=[],r=new Set;for(let t of e){if(t.kind===`put`){let e=this.get(t.store,t.record.id);if(e&&e.version>t.record.version||(this.gone(t.store,t.record.id)??0)>=t.record.version)continue;this.keep(t.store,t.record),this.tombs.delete(qr(t.store,t.record.id))&&r.add(t)}else if(t.kind===`delete`)this.drop(t.store,t.id),t.version&&this.tombs.set(qr(t.store,t.id),Math.max(t.version,this.gone(t.store,t.id)??0));else continue;this.touch(t.store),n.push(t)}let i=t?{...this.meta,...t}:null;i&&(this.meta=i),(n.length||i)&&this.changed();let a=(await this.open()).transaction([...Gn,`tombstones`,`meta`],`readwrite`),o=[];for(let e of n)if(e.kind===`put`)o.push(a.objectStore(e.store).put(e.record)),r.has(e)&&o.push(a.objectStore(`tombstones`).delete(qr(e.store,e.record.id)));else if(e.kind===`delete`){o.push(a.objectStore(e.store).delete(e.id));let t=this.gone(e.store,e.id);t&&o.push(a.objectStore(`tombstones`).put({key:qr(e.store,e.id),version:t}))}i&&o.push(a.objectStore(`meta`).put(i,`meta`)),await Promise.all([...o,a.done])}async clear(e){let t=(await this.open()).transaction([...Gn,`tombstones`,`meta`],`readwrite`);await Promise.all([...Gn.map(e=>t.objectStore(e).clear()),t.objectStore(`tombstones`).clear(),e?t.objectStore(`meta`).put(e,`meta`):t.objectStore(`meta`).clear(),t.done]),this.reset(),this.meta=e,this.changed()}counts(){return Object.fromEntries(Gn.map(e=>[e,this.mem.get(e).size]))}},V=nr.open(),H=new Jr,Yr=new Gr(H,Tt),U=()=>crypto.randomUUID(),Xr=new Set([`UNAUTHENTICATED`,`RATE_LIMITED`,`INTERNAL`]);async function Zr(e,t,n){if(e.op===`delete`){let t=H.get(e.store,e.id);await H.write([{kind:`delete`,store:e.store,id:e.id,version:(t?.version??0)+1}]);return}if(!t||typeof t!=`object`)return;let r=Zn(e.store,t);r.id&&typeof r.version==`number`&&(await H.write([{kind:`put`,store:e.store,record:r}]),e.op===`patch`&&typeof n==`number`&&await(await V).rebase(e.store,e.id,n,r.version))}async function Qr(e){try{let t=await Tt(e.query,e.variables),n=Object.values(t)[0];return e.effect&&await Zr(e.effect,n,e.variables.expectedVersion).catch(()=>{}),{kind:`stored`,id:typeof n==`object`?n?.id:void 0}}catch(e){return e instanceof St?{kind:`retry`}:e instanceof Ct&&!Xr.has(e.code)&&e.status<500?{kind:`refused`,message:e.message,field:e.field||void 0,current:e.current}:{kind:`retry`}}}var $r=new Set;function ei(e){return $r.add(e),()=>$r.delete(e)}async function ti(){let e=await(await V).replay(Qr);return e>0&&($r.forEach(e=>e()),ci()),e}var ni=null,ri={offline:!1,error:``},ii=new Set,ai=()=>ri;function oi(e){return ii.add(e),()=>ii.delete(e)}function si(e){(e.offline!==ri.offline||e.error!==ri.error)&&(ri=e,ii.forEach(e=>e()))}async function ci(){if(ni)try{await Yr.pull(ni),si({offline:!1,error:``})}catch(e){e instanceof St?si({offline:!0,error:``}):si({offline:!1,error:e instanceof Error?e.message:String(e)})}}async function li(){let e=await ti();return await ci(),e}async function ui(e,t,n,r,i,a){let o=await(await V).add({id:e,label:t,query:ut(n),variables:r,draft:i,effect:a});return ti(),o}async function di(e,t,n,r,i,a,o){e?(await(await V).retry(e.id,i,{label:n,draft:a,...o?{effect:o}:{}}),ti()):await ui(t,n,r,i,a,o)}async function fi(){try{return await navigator.storage?.persisted?.()||(await navigator.storage?.persist?.()??!1)}catch{return!1}}var pi=!1;async function mi(e){if(ni=e,pi)return;pi=!0,await(await V).recover();let t=()=>void li();addEventListener(`online`,t),addEventListener(`focus`,t),document.addEventListener(`visibilitychange`,()=>document.visibilityState===`visible`&&t()),H.subscribe(()=>H.meta===null&&navigator.onLine&&t()),setInterval(t,3e4),await li(),fi()}async function hi(){ni=null,await H.clear(null)}var gi=z(`
  mutation UpdateDecision($id: ID!, $input: UpdateDecisionInput!, $expectedVersion: Int) {
    updateDecision(id: $id, input: $input, expectedVersion: $expectedVersion) { ...DecisionRow }
  }
`,[Bn]),_i=z(`
  mutation UpdateCommitment($id: ID!, $input: UpdateCommitmentInput!, $expectedVersion: Int) {
    updateCommitment(id: $id, input: $input, expectedVersion: $expectedVersion) { ...CommitmentRow }
  }
`,[Wn]),vi={decisions:gi,commitments:_i},yi={conversations:z(`mutation DeleteConversation($id: ID!) { deleteConversation(id: $id) }`),followUps:z(`mutation DeleteFollowUp($id: ID!) { deleteFollowUp(id: $id) }`),decisions:z(`mutation DeleteDecision($id: ID!) { deleteDecision(id: $id) }`),nominations:z(`mutation DeleteNomination($id: ID!) { deleteNomination(id: $id) }`),endorsements:z(`mutation DeleteEndorsement($id: ID!) { deleteEndorsement(id: $id) }`),reviews:z(`mutation DeleteFeedbackReview($id: ID!) { deleteFeedbackReview(id: $id) }`),commitments:z(`mutation DeleteCommitment($id: ID!) { deleteCommitment(id: $id) }`)},bi={conversations:z(`mutation RestoreConversation($id: ID!) { restoreConversation(id: $id) { ...ConversationRow } }`,[Ln]),followUps:z(`mutation RestoreFollowUp($id: ID!) { restoreFollowUp(id: $id) { ...FollowUpRow } }`,[zn]),decisions:z(`mutation RestoreDecision($id: ID!) { restoreDecision(id: $id) { ...DecisionRow } }`,[Bn]),nominations:z(`mutation RestoreNomination($id: ID!) { restoreNomination(id: $id) { ...NominationRow } }`,[Vn]),endorsements:z(`mutation RestoreEndorsement($id: ID!) { restoreEndorsement(id: $id) { ...EndorsementRow } }`,[Hn]),reviews:z(`mutation RestoreFeedbackReview($id: ID!) { restoreFeedbackReview(id: $id) { ...ReviewRow } }`,[Un]),commitments:z(`mutation RestoreCommitment($id: ID!) { restoreCommitment(id: $id) { ...CommitmentRow } }`,[Wn])};function xi(e){let{pending:t,refused:n,...r}=e;return r}async function Si(e,t,n,r,i={}){let a=xi(t),o=Nn(a,n);if(Object.keys(o).length===0)return!1;let s=U(),c={id:t.id,input:Mn(o),expectedVersion:t.version};return await ui(s,r,vi[e],c,{...i,patch:o,was:a},{store:e,op:`patch`,id:t.id,fields:o}),!0}async function Ci(e,t,n){let r=xi(t),i=await ui(U(),`Delete: ${n}`,yi[e],{id:t.id},{record:r},{store:e,op:`delete`,id:t.id});return async()=>{await(await V).cancel(i.id)||await ui(U(),`Restore: ${n}`,bi[e],{id:t.id},{record:r},{store:e,op:`put`,record:r})}}function wi(e,t){let n=t;return{conversations:n.leaderID,followUps:n.ownerID,decisions:n.ownerID,nominations:n.nominatorID,endorsements:n.endorserID,reviews:n.hostID,commitments:n.leaderID,customers:null,people:null}[e]}var Ti=(e,t,n,r)=>r||wi(e,t)===n,Ei=(e,t,n,r)=>wi(e,t)===n||r&&e===`followUps`,Di=e=>e.op===`put`?e.record.id:e.id;function Oi(e,t,n,r){let i=t,a=!1,o=()=>(a||(i=new Map(t)),a=!0,i);for(let a of n){let n=a.effect;if(!n||n.store!==e)continue;let s=Di(n);if(a.status===`attention`){let e=i.get(s);e&&o().set(s,{...e,refused:a})}else switch(n.op){case`put`:if(n.record.clientID&&r(n.record.clientID)||t.has(s))break;o().set(s,{...n.record,pending:a});break;case`patch`:{let e=i.get(s);e&&o().set(s,{...e,...n.fields,pending:a});break}case`delete`:i.has(s)&&o().delete(s)}}return i}var ki=null,Ai=0,ji=new Set,Mi=()=>ji.forEach(e=>e());V.then(e=>{let t=()=>e.list().then(e=>{ki=e,Ai++,Mi()});e.subscribe(t),t()}),H.subscribe(Mi),Yr.onProgress(Mi),oi(Mi),H.load();var Ni=()=>ki,Pi=new Map,Fi=e=>H.storeRev(e)+`:`+Ai;function W(e){let t=Fi(e),n=Pi.get(e);if(n?.key===t)return n.map;let r=Oi(e,H.all(e),ki??[],t=>!!H.idOfClient(e,t));return Pi.set(e,{key:t,map:r}),r}function Ii(e,t){if(!t)return;let n=W(e),r=n.get(t);if(r||!$n(t))return r;let i=H.idOfClient(e,t.slice(t.indexOf(`:`)+1));return i?n.get(i):void 0}var Li=()=>H.meta?.state===`ready`;function G(){let[,e]=D(0);O(()=>{let t=()=>e(e=>e+1);return ji.add(t),()=>void ji.delete(t)},[])}function Ri(){let[e,t]=D(location.hash);O(()=>{let e=()=>t(location.hash);return addEventListener(`hashchange`,e),()=>removeEventListener(`hashchange`,e)},[]);let[n,r=``]=e.replace(/^#\/?/,``).split(`?`);return[n.split(`/`).filter(Boolean).map(decodeURIComponent),new URLSearchParams(r)]}var K=e=>{location.hash=e};function zi(e,t){let[n,r]=D({data:null,asOf:null,error:``}),[i,a]=D(0),o=JSON.stringify(t);O(()=>ei(()=>a(e=>e+1)),[]),O(()=>{let n=!0;return rn(e,t).then(e=>n&&r({data:e.data,asOf:e.asOf,error:``}),e=>n&&r({data:null,asOf:null,error:e instanceof Error?e.message:String(e)})),()=>{n=!1}},[o,i]);let s=()=>{r(e=>e.error?{data:null,asOf:null,error:``}:e),a(e=>e+1)};return{...n,reload:s}}function Bi(){return G(),Ni()??[]}var Vi=(e,t)=>e.filter(e=>e.query.includes(` ${t}(`));function Hi(){let[e,t]=D(navigator.onLine);return O(()=>{let e=()=>t(navigator.onLine);return addEventListener(`online`,e),addEventListener(`offline`,e),()=>{removeEventListener(`online`,e),removeEventListener(`offline`,e)}},[]),e}var q=e=>new Date(e).toLocaleDateString(void 0,{day:`numeric`,month:`short`,year:`numeric`}),Ui=e=>new Date(e).toLocaleString(void 0,{day:`numeric`,month:`short`,hour:`2-digit`,minute:`2-digit`}),J=e=>e.charAt(0)+e.slice(1).toLowerCase().replace(/_/g,` `),Wi=()=>new Date().toISOString().slice(0,7);function Gi({what:e,error:t,retry:n}){return k`<div class="failed" role="alert" tabindex="-1" data-testid="read-failed">
    <p><strong>Could not load ${e}.</strong> ${t}</p>
    <button type="button" class="secondary" onClick=${n}>Retry</button>
  </div>`}function Ki({r:e,what:t=`this screen`}){return e.error?k`<${Gi} what=${t} error=${e.error} retry=${e.reload} />`:e.data?e.asOf?k`<p class="asof" data-testid="as-of">Offline: as of ${Ui(e.asOf)}</p>`:null:k`<p class="muted" aria-live="polite">Loading…</p>`}var qi={waiting:`Waiting`,sending:`Sending`,attention:`Needs attention`};function Y({what:e}){G();let t=ai(),n=H.meta?.syncedAt;return t.error?k`<${Gi} what=${e} error=${t.error} retry=${()=>void li()} />${n?k`<p class="asof">Showing what this device has, as of ${Ui(n)}.</p>`:``}`:Li()?t.offline&&n?k`<p class="asof" data-testid="as-of">Offline: as of ${Ui(n)}</p>`:null:t.offline?k`<p class="asof" data-testid="as-of">Offline: this device has nothing of ${e} yet. It gets them when Walker reaches the server.</p>`:k`<p class="muted" aria-live="polite">Loading…</p>`}var X=({e})=>k`<span class=${`badge `+e.status}>${qi[e.status]}</span>`,Ji=[[``,`Home`,`⌂`],[`conversations`,`Conversations`,`☰`],[`decisions`,`Decisions`,`◆`],[`champions`,`Champions`,`★`],[`more`,`More`,`…`]];function Yi(e){if(e===null)return`Checking…`;let t=e.filter(e=>e.status===`attention`).length;return(e.length===0?`All synced`:`${e.length} waiting to sync`)+(t?` · ${t} to fix`:``)}var Z=e=>e.toLocaleString(`en`);function Xi(){G();let e=Yr.progress;return Li()||!e?null:k`<p class="notice" role="status" data-testid="filling">Getting your data onto this device: ${Z(e.read)} of ${Z(e.total)} records…</p>`}var Zi=null,Qi=0,$i=new Set;function ea(e,t){Zi={text:e,action:t},clearTimeout(Qi),Qi=window.setTimeout(()=>(Zi=null,$i.forEach(e=>e())),1e4),$i.forEach(e=>e())}function ta(){let[,e]=D(0);if(O(()=>{let t=()=>e(e=>e+1);return $i.add(t),()=>void $i.delete(t)},[]),!Zi)return null;let t=Zi;return k`<div class="toast" role="status" data-testid="toast"><span>${t.text}</span>${t.action&&k`<button type="button" class="secondary" onClick=${()=>{Zi=null,$i.forEach(e=>e()),t.action?.run()}}>${t.action.label}</button>`}</div>`}function Q({section:e,children:t}){let n=Hi();G();let r=Ni(),i=r?.some(e=>e.status===`attention`);return k`<header class="top" data-testid="signed-in">
      <a href="#/" class="brand">Walker</a>
      <span class=${n?`net on`:`net off`} data-testid="network">${n?`Online`:`Offline`}</span>
      <a href="#/pending" class=${i?`sync attention`:`sync`} data-testid="pending">${Yi(r)}</a>
    </header>
    <${Xi} />
    <div class="screen">${t}</div>
    <${ta} />
    <nav class="tabs" aria-label="Sections">
      ${Ji.map(([t,n,r])=>k`<a href=${`#/`+t} aria-current=${e===t?`page`:void 0}><span aria-hidden="true">${r}</span>${n}</a>`)}
    </nav>`}function na(e,t=50){let[n,r]=D(t);return[n,()=>n<e?k`<button type="button" class="secondary more" onClick=${()=>r(n+t)}>Show ${Z(Math.min(t,e-n))} more (${Z(e-n)} not shown)</button>`:null]}function ra(e,t,n){let r=JSON.stringify(t),[i,a]=D(1),[o,s]=D(0),[c,l]=D({key:r,pages:[],error:``,asOf:null});O(()=>ei(()=>s(e=>e+1)),[]),O(()=>a(1),[r]),O(()=>{let a=!0;return(async()=>{let o=[],s=null,c=null;for(let u=0;u<i;u++){let i=await rn(e,{...t,after:c});if(!a)return;let u=n(i.data);if(o.push(u),s=i.asOf??s,l({key:r,pages:[...o],error:``,asOf:s}),!u.pageInfo.hasNextPage)break;c=u.pageInfo.endCursor??null}})().catch(e=>a&&l({key:r,pages:[],error:e instanceof Error?e.message:String(e),asOf:null})),()=>{a=!1}},[r,i,o]);let u=c.key===r?c.pages:[],d=u.at(-1);return{items:u.flatMap(e=>(e.edges??[]).flatMap(e=>e?.node?[e.node]:[])),total:d?.totalCount??0,loaded:u.length>0,error:c.key===r?c.error:``,asOf:c.asOf,more:d?.pageInfo.hasNextPage&&u.length===i?()=>a(i+1):null,reload:()=>s(e=>e+1)}}function ia({p:e,what:t,count:n}){return e.error?k`<${Gi} what=${t} error=${e.error} retry=${e.reload} />`:e.loaded?k`${e.asOf&&k`<p class="asof" data-testid="as-of">Offline: as of ${Ui(e.asOf)}</p>`}
    <p class="muted">${n?n(e.items.length,e.total):`${Z(e.items.length)} of ${Z(e.total)} shown.`}</p>`:k`<p class="muted" aria-live="polite">Loading…</p>`}var aa=({p:e,label:t=`Show more`})=>e.more?k`<button type="button" class="secondary more" onClick=${e.more}>${t} (${Z(e.total-e.items.length)} not shown)</button>`:null,oa=e=>e.normalize(`NFD`).replace(/\p{M}/gu,``).toLowerCase(),sa=class{entries;constructor(e,t,n=t){this.entries=[...e].map(e=>({item:e,name:oa(t(e)),text:oa(n(e))})),this.entries.sort((e,t)=>e.name<t.name?-1:+(e.name>t.name))}get size(){return this.entries.length}find(e,t,n=()=>!0){let r=oa(e.trim()),i=[],a=[],o=0;for(let e of this.entries){let s=r?e.text.indexOf(r):0;s<0||!n(e.item)||(o++,s===0||e.text.includes(` `+r)||e.text.includes(`(`+r)?i.length<t&&i.push(e.item):a.length<t&&a.push(e.item))}return{items:[...i,...a].slice(0,t),total:o}}},ca=z(`
  query CustomerSearch($term: String!) {
    customers(first: 6, where: { or: [{ nameContainsFold: $term }, { companyContainsFold: $term }] }, orderBy: [{ field: NAME, direction: ASC }]) {
      totalCount edges { node { ...CustomerRow } }
    }
  }
`,[Pn]);function la(e){let[t,n]=D(null),r=Li();return O(()=>{if(r||!e)return;let t=!0,i=setTimeout(()=>Et(ca,{term:e}).then(r=>{let i=(r.customers.edges??[]).flatMap(e=>e?.node?[Zn(`customers`,e.node)]:[]);t&&n({term:e,found:{items:i,total:r.customers.totalCount}})},()=>{}),150);return()=>{t=!1,clearTimeout(i)}},[e,r]),!r&&t?.term===e?t.found:null}function ua(e,t,n){let r={};return(i,a,o=()=>!0)=>{let s=H.storeRev(e);r.rev===s&&r.index||(r.index=new sa(H.all(e).values(),t,n),r.rev=s);let c=W(e),l=H.all(e),u=c===l?{items:[],total:0}:new sa([...c.values()].filter(e=>l.get(e.id)!==e),t,n).find(i,a,o),d=r.index.find(i,a,e=>c.get(e.id)===e&&o(e));return{items:[...u.items,...d.items].slice(0,a),total:u.total+d.total}}}var da=e=>e.name+(e.company?` (${e.company})`:``),fa=ua(`customers`,e=>e.name,da),pa=ua(`people`,e=>e.name,e=>`${e.name} ${e.email} ${e.title??``} ${e.team??``}`),$=(e,t,n=``)=>Ii(e,t)?.name??n;function ma({label:e,placeholder:t,find:n,useRemote:r,onPick:i,show:a=e=>e.name,footer:o,invalid:s,describedBy:c,testid:l,autofocus:u}){let[d,f]=D(``);G();let p=d.trim(),m=r?.(p)??null,h=p?n(p,6):null,g=h&&m&&m.total>h.total?{items:[...h.items,...m.items.filter(e=>!h.items.some(t=>t.id===e.id))].slice(0,6),total:m.total}:h;return k`<div class="pick" data-testid=${l}>
    <label>${e} <input type="search" value=${d} onInput=${e=>f(e.target.value)} placeholder=${t} autocomplete="off"
      autofocus=${u} aria-invalid=${s?`true`:void 0} aria-describedby=${c} /></label>
    ${g&&k`<p class="muted found" aria-live="polite">${g.total===0?`None found.`:g.total>g.items.length?`${Z(g.total)} found: the first ${g.items.length} shown, type more to narrow.`:`${Z(g.total)} found.`}</p>`}
    <ul class="options" aria-label=${e+`: found`}>
      ${g?.items.map(e=>k`<li><button type="button" class="option" onClick=${()=>(i(e),f(``))}>${a(e)}</button></li>`)}
      ${g&&o?.(p,g)}
    </ul>
  </div>`}function ha({label:e,name:t,value:n,onChange:r,me:i,exclude:a,invalid:o,describedBy:s}){let[c,l]=D(!n);G();let u=n?Ii(`people`,n):void 0,d=e=>!e.deactivatedAt&&e.id!==a;return k`<fieldset class="person-field">
    <legend>${e}</legend>
    ${t&&k`<input type="hidden" name=${t} value=${n} />`}
    ${n&&k`<p class="chosen" data-testid=${`chosen-`+(t??e)}><strong>${u?u.name+(n===i?` (me)`:``):n===i?`Me`:`The person chosen`}</strong>
      ${!c&&k` <button type="button" class="link change" onClick=${()=>l(!0)}>Change</button>`}</p>`}
    ${c&&k`<${ma} label=${`Find `+e.toLowerCase()} placeholder="Name, email or team" find=${(e,t)=>pa(e,t,d)}
      onPick=${e=>(r(e.id),l(!1))} show=${e=>e.name+(e.title?` · ${e.title}`:``)} invalid=${o} describedBy=${s} />`}
  </fieldset>`}var ga=z(`
  query ServerConversations($where: ConversationWhereInput, $after: Cursor) {
    conversations(first: 50, after: $after, where: $where, orderBy: [{ field: OCCURRED_AT, direction: DESC }]) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { node { id mode occurredAt heard leader { name } customers(first: 5) { totalCount edges { node { name } } } } }
    }
  }
`),_a=z(`
  query Conversation($id: ID!) {
    node(id: $id) {
      ... on Conversation {
        id mode occurredAt durationMinutes heard painPoints sentiment
        leader { name }
        customers(first: 100) { edges { node { id name company segment } } }
        followUps(first: 100) { totalCount edges { node { id action dueOn doneAt owner { name } } } }
      }
    }
  }
`),va=z(`
  mutation SetFollowUpDone($id: ID!, $done: Boolean!) { setFollowUpDone(id: $id, done: $done) { ...FollowUpRow } }
`,[zn]),ya=e=>e.customerIDs.map(e=>$(`customers`,e,`A customer`)).join(`, `),ba=(e,t)=>{let n=oa([ya(e),e.heard??``,e.painPoints??``].join(` `));return oa(t).split(/\s+/).filter(Boolean).every(e=>n.includes(e))};function xa({where:e,everyone:t}){let n=ra(ga,{where:e},e=>e.conversations);return k`<section aria-label="On the server" data-testid="server-conversations">
    <${ia} p=${n} what="the conversations on the server" count=${(e,t)=>`${Z(t)} conversation(s) on the server, ${Z(e)} shown.`} />
    <ul class="list">${n.items.map(e=>k`<li><a href=${`#/conversations/`+e.id}>
      <strong>${e.customers.edges?.map(e=>e?.node?.name).join(`, `)}</strong>
      <span class="muted"> · ${J(e.mode)} · ${q(e.occurredAt)}${t?` · `+e.leader.name:``}</span>
      ${e.heard&&k`<br /><span class="clip">${e.heard}</span>`}</a></li>`)}</ul>
    <${aa} p=${n} label="Show more from the server" />
  </section>`}function Sa({me:e,admin:t,saved:n}){let[r,i]=D(!1),[a,o]=D(``),[s,c]=D(!1);G();let l=rr(Date.now()),u=Vi(Bi(),`createConversation`).filter(e=>e.status===`attention`),d=[...W(`conversations`).values()].filter(t=>r?Date.parse(t.occurredAt)>=Date.parse(l.everyone):t.leaderID===e).filter(e=>!a.trim()||ba(e,a)).sort((e,t)=>Date.parse(t.occurredAt)-Date.parse(e.occurredAt)),[f,p]=na(d.length),m=d.filter(e=>e.pending).length,h=a.trim(),g={...r?{occurredAtLT:l.everyone}:{hasLeaderWith:[{id:e}],occurredAtLT:l.mine},...h?{or:[{heardContainsFold:h},{painPointsContainsFold:h},{hasCustomersWith:[{nameContainsFold:h}]}]}:{}};return k`<${Q} section="conversations">
    <h1>Conversations</h1>
    ${n&&k`<p class="notice" role="status">Saved${m?`: it is sent as soon as Walker can reach the server.`:`.`}</p>`}
    <a class="button big" href="#/log">Log a conversation</a>
    <label>Search <input type="search" value=${a} onInput=${e=>o(e.target.value)} placeholder="Customer, what we heard, pain points" /></label>
    ${t&&k`<div class="chips" role="radiogroup" aria-label="Whose">
      <button type="button" role="radio" aria-checked=${!r} class=${r?`chip`:`chip on`} onClick=${()=>i(!1)}>Mine</button>
      <button type="button" role="radio" aria-checked=${r} class=${r?`chip on`:`chip`} onClick=${()=>i(!0)}>Everyone's</button>
    </div>`}
    ${u.length>0&&k`<ul class="list" aria-label="Not saved">
      ${u.map(e=>k`<li class="pending" data-testid="pending-conversation"><span>${e.label}</span> <${X} e=${e} /> <a href=${`#/pending/`+encodeURIComponent(e.id)}>Fix</a></li>`)}
    </ul>`}
    <${Y} what="the conversations" />
    <p class="muted" data-testid="conversation-count">${Z(d.length)} conversation(s)${r?` this month and last`:` in the last 12 months`}${m?`, ${m} waiting to sync`:``}</p>
    <ul class="list">
      ${d.slice(0,f).map(e=>k`<li data-testid="conversation"><a href=${`#/conversations/`+encodeURIComponent(e.id)}>
        <strong>${ya(e)}</strong>
        <span class="muted"> · ${J(e.mode)} · ${q(e.occurredAt)}${r?` · `+$(`people`,e.leaderID):``}</span>
        ${e.pending&&k` <${X} e=${e.pending} />`}
        ${e.heard&&k`<br /><span class="clip">${e.heard}</span>`}
      </a></li>`)}
    </ul>
    ${p()}
    ${s?k`<${xa} key=${JSON.stringify(g)} where=${g} everyone=${r} />`:k`<button type="button" class="secondary" onClick=${()=>c(!0)}>${r?`Older conversations, on the server`:`Older than 12 months, on the server`}</button>`}
  </${Q}>`}function Ca({f:e,me:t,admin:n}){let r=!!e.doneAt;async function i(){await ui(U(),`${r?`Not done`:`Done`}: ${e.action}`,va,{id:e.id,done:!r},void 0,{store:`followUps`,op:`patch`,id:e.id,fields:{doneAt:r?null:new Date().toISOString()}})}async function a(){ea(`Follow-up deleted.`,{label:`Undo`,run:await Ci(`followUps`,e,`follow-up “${e.action}”`)})}return k`<li><label class="check"><input type="checkbox" checked=${r} disabled=${!Ei(`followUps`,e,t,n)} onChange=${i} />
      <span>${e.action} <span class="muted">· ${$(`people`,e.ownerID,`someone`)}${e.dueOn?` · due `+q(e.dueOn):``}</span></span></label>
    ${(e.pending||e.refused)&&k`<${X} e=${e.pending??e.refused} />`}
    ${Ti(`followUps`,e,t,n)&&k`<button type="button" class="link" onClick=${a}>Delete this follow-up</button>`}</li>`}function wa({id:e,me:t,admin:n}){G();let r=Ii(`conversations`,e);if(!r)return k`<${Ta} id=${e} />`;let i=[...W(`followUps`).values()].filter(e=>e.conversationID===r.id||r.clientID&&e.conversationID===B(r.clientID));async function a(){let e=await Ci(`conversations`,r,`conversation with ${ya(r)}`);K(`/conversations`),ea(`Conversation deleted.`,{label:`Undo`,run:e})}return k`<${Q} section="conversations">
    <a href="#/conversations">← Conversations</a>
    <h1>${ya(r)}</h1>
    ${r.pending&&k`<p><${X} e=${r.pending} /> Kept on this device until the server has it.</p>`}
    ${r.refused&&k`<p class="error" role="alert">Your change was not saved: ${r.refused.error} <a href="#/pending">Waiting to sync</a></p>`}
    <p class="muted">${J(r.mode)} · ${Ui(r.occurredAt)}${r.durationMinutes?` · ${r.durationMinutes} min`:``} · ${$(`people`,r.leaderID)}${r.sentiment?` · `+J(r.sentiment):``}</p>
    ${r.heard&&k`<h2>What we heard</h2><p class="text">${r.heard}</p>`}
    ${r.painPoints&&k`<h2>Pain points</h2><p class="text">${r.painPoints}</p>`}
    <h2>Follow-ups</h2>
    ${i.length===0&&k`<p class="muted">None.</p>`}
    <ul class="list">${i.map(e=>k`<${Ca} key=${e.id} f=${e} me=${t} admin=${n} />`)}</ul>
    ${Ti(`conversations`,r,t,n)&&k`<button type="button" class="secondary danger" onClick=${a}>Delete this conversation</button>`}
  </${Q}>`}function Ta({id:e}){let t=zi(_a,{id:e}),n=t.data?.node&&`mode`in t.data.node?t.data.node:null;return k`<${Q} section="conversations">
    <a href="#/conversations">← Conversations</a>
    <${Ki} r=${t} what="this conversation" />
    ${t.data&&!n&&k`<p>This conversation is not there any more.</p>`}
    ${n&&k`<h1>${n.customers.edges?.map(e=>e?.node?.name).join(`, `)}</h1>
      <p class="muted">${J(n.mode)} · ${Ui(n.occurredAt)}${n.durationMinutes?` · ${n.durationMinutes} min`:``} · ${n.leader.name}${n.sentiment?` · `+J(n.sentiment):``}</p>
      ${n.heard&&k`<h2>What we heard</h2><p class="text">${n.heard}</p>`}
      ${n.painPoints&&k`<h2>Pain points</h2><p class="text">${n.painPoints}</p>`}
      <h2>Follow-ups</h2>
      <p class="muted">${n.followUps.totalCount} follow-up(s).</p>
      <ul class="list">${n.followUps.edges?.map(e=>e?.node&&k`<li>${e.node.action} <span class="muted">· ${e.node.owner.name}${e.node.dueOn?` · due `+q(e.node.dueOn):``}${e.node.doneAt?` · done`:``}</span></li>`)}</ul>`}
  </${Q}>`}var Ea=z(`
  mutation CreateCustomer($input: CreateCustomerInput!) { createCustomer(input: $input) { ...CustomerRow } }
`,[Pn]),Da=z(`
  mutation CreateConversation($input: CreateConversationInput!) { createConversation(input: $input) { ...ConversationRow } }
`,[Ln]),Oa=z(`
  mutation CreateFollowUp($input: CreateFollowUpInput!) { createFollowUp(input: $input) { ...FollowUpRow } }
`,[zn]),ka=[`VISIT`,`CALL`,`VIDEO`,`FOCUS_GROUP`,`INTERVIEW`,`MYSTERY_SHOP`,`CALL_LISTENING`,`ONLINE_COMMENTS`,`EVENT`],Aa=[`VERY_NEGATIVE`,`NEGATIVE`,`NEUTRAL`,`POSITIVE`,`VERY_POSITIVE`],ja=e=>new Date(e.getTime()-e.getTimezoneOffset()*6e4).toISOString().slice(0,16),Ma=e=>R(String(e??``))||null,Na=e=>e?new Date(e+`T12:00:00Z`).toISOString():null,Pa=e=>e?.variables.input??{},Fa=e=>e?.error?{[e.field??``]:e.error}:{};function Ia({name:e,initial:t,server:n={},add:r,cancel:i}){let a=ke(null),[o,s]=D(n),c=e=>a.current?.querySelector(`[name="customer.${e}"]`)?.value??``;O(()=>a.current?.querySelector(Object.keys(n).length?`[aria-invalid="true"]`:`input`)?.focus(),[]);function l(){let e={name:R(c(`name`)),company:Ma(c(`company`)),segment:Ma(c(`segment`))},t=vn(`Customer`,e);s(t),Object.keys(t).length?requestAnimationFrame(()=>a.current?.querySelector(`[aria-invalid="true"]`)?.focus()):r(e)}let u=(e,t,n)=>k`<label>${t}
    <input name=${`customer.`+e} defaultValue=${String(n??``)} aria-invalid=${o[e]?`true`:void 0} aria-describedby=${o[e]?`err-customer-`+e:void 0}
      onInput=${()=>o[e]&&s(({[e]:t,...n})=>n)} />
    ${o[e]&&k`<span class="field-error" id=${`err-customer-`+e} data-field=${e}>${o[e]}</span>`}</label>`,d=Object.entries(o).filter(([e])=>![`name`,`company`,`segment`].includes(e));return k`<fieldset class="card" ref=${a} aria-label="New customer" onKeyDown=${e=>e.key===`Enter`&&(e.preventDefault(),l())}>
    <legend>New customer</legend>
    ${u(`name`,`Name`,t?.name??e)}
    ${u(`company`,`Company (optional)`,t?.company)}
    ${u(`segment`,`Segment (optional)`,t?.segment)}
    ${d.map(([e,t])=>k`<p class="error" role="alert">${e?e+`: `:``}${t}</p>`)}
    <div class="actions">
      <button type="button" onClick=${l}>Add the customer</button>
      ${i&&k`<button type="button" class="link" onClick=${i}>Cancel</button>`}
    </div>
  </fieldset>`}var La=(e,t)=>({store:`customers`,op:`put`,record:{id:B(e),version:0,clientID:e,name:t.name,company:t.company,segment:t.segment,erased:!1}});function Ra({picked:e,setPicked:t,invalid:n}){let[r,i]=D(``),a=e=>e.name||$(`customers`,e.id,`A customer`);async function o(n){let r=U();await ui(r,`New customer ${n.name}`,Ea,{input:{clientID:r,...n}},void 0,La(r,n)),t([...e,{id:B(r),name:n.name}]),i(``)}return k`<fieldset class="picker">
    <legend>Customers</legend>
    <ul class="chips" aria-label="Chosen customers">
      ${e.map(n=>k`<li><button type="button" class="chip on" aria-label=${`Remove `+a(n)} onClick=${()=>t(e.filter(e=>e.id!==n.id))}>${a(n)} ✕</button></li>`)}
    </ul>
    <${Y} what="the customers" />
    <${ma} key=${e.length} label="Find a customer" placeholder="Name or company" find=${(t,n)=>fa(t,n,t=>!e.some(e=>e.id===t.id))} useRemote=${la} show=${da} testid="customer-search"
      invalid=${n} describedBy=${n?`err-customerIDs`:void 0}
      onPick=${n=>(t([...e,{id:n.id,name:n.name}]),i(``))}
      footer=${(e,t)=>!r&&!t.items.some(t=>t.name.toLowerCase()===e.toLowerCase())&&k`<li><button type="button" class="option add" onClick=${()=>i(e)}>Add “${e}” as a new customer</button></li>`} />
    ${r&&k`<${Ia} name=${r} add=${o} cancel=${()=>i(``)} />`}
  </fieldset>`}function za(e,t,n){let{clientID:r,...i}=n;return{store:`conversations`,op:`put`,record:{...i,id:B(e),version:0,clientID:e,leaderID:t}}}function Ba(e){return{store:`followUps`,op:`put`,record:{id:B(e.clientID),version:0,clientID:e.clientID,action:e.action,ownerID:e.ownerID,dueOn:e.dueOn,conversationID:e.conversationID??null,reviewID:null,doneAt:null,quickWin:!1,newInitiative:!1}}}var Va=(e,t=``)=>{let n={},r=_n(`FollowUp`,`action`,e.action),i=_n(`FollowUp`,`dueOn`,Na(e.due));return r&&(n[t+`action`]=r),i&&(n[t+`dueOn`]=i),n};function Ha({me:e,fix:t}){let n=Pa(t),[r,i]=D(()=>t?.draft?.picked??(n.customerIDs??[]).map(e=>({id:e,name:``}))),[a,o]=D(n.mode??`VISIT`),[s,c]=D(n.sentiment??null),[l,u]=D([]),[d]=D(()=>ja(n.occurredAt?new Date(String(n.occurredAt)):new Date)),[f,p]=D(!1),[m,h]=D(-1),g=(e,t)=>u(l.map((n,r)=>e===r?{...n,...t}:n)),_=e=>{let t=new Date(String(e.get(`occurredAt`)??``)),n=String(e.get(`durationMinutes`)??``).trim();return{at:t,minutes:n,input:{mode:a,sentiment:s,customerIDs:r.map(e=>e.id),occurredAt:isNaN(t.getTime())?``:t.toISOString(),durationMinutes:n===``?null:Number(n),heard:Ma(e.get(`heard`)),painPoints:Ma(e.get(`painPoints`))}}},v=cn(e=>{let{at:t,minutes:n,input:i}=_(e),a=vn(`Conversation`,{occurredAt:i.occurredAt,durationMinutes:i.durationMinutes,heard:i.heard,painPoints:i.painPoints});return r.length===0&&(a.customerIDs=`Choose at least one customer, or add a new one.`),isNaN(t.getTime())&&(a.occurredAt=`Say when it happened: a date and a time.`),n!==``&&!a.durationMinutes&&!Number.isInteger(Number(n))&&(a.durationMinutes=`Minutes: a whole number.`),l.forEach((e,t)=>Object.assign(a,Va(e,`followUps.${t}.`))),a},Fa(t));O(()=>{m<0||(v.ref.current?.querySelector(`[name="followUps.${m}.action"]`)?.focus(),h(-1))},[m]);let y=v.submit(async n=>{p(!0);let i=t?.id??U(),a=`Conversation with ${r.map(e=>e.name||$(`customers`,e.id,`a customer`)).join(`, `)}`,o={clientID:i,..._(n).input};await di(t,i,a,Da,{input:o},{picked:r},za(i,e,o));for(let t of l){let n=U(),r={clientID:n,action:R(t.action),ownerID:t.owner||e,dueOn:Na(t.due),conversationID:B(i)};await ui(n,`Follow-up: ${r.action}`,Oa,{input:r},void 0,Ba(r))}K(t?`/pending`:`/conversations?saved=1`)}),b=v.errors;return k`<${Q} section=${t?`more`:`conversations`}>
    <h1>${t?`Fix: log a conversation`:`Log a conversation`}</h1>
    ${t&&k`<p class="muted">The server did not take this conversation. Change what it says, then send it again.</p>`}
    <form onSubmit=${y} onInput=${v.onInput} ref=${v.ref} aria-label="Log a conversation" novalidate>
      <${Ra} picked=${r} setPicked=${i} invalid=${!!b.customerIDs} />
      ${v.error(`customerIDs`)}
      <fieldset><legend>How</legend>
        <div class="chips" role="radiogroup" aria-label="How">
          ${ka.map(e=>k`<button type="button" role="radio" aria-checked=${a===e} class=${a===e?`chip on`:`chip`} onClick=${()=>o(e)}>${J(e)}</button>`)}
        </div>
        ${v.error(`mode`)}
      </fieldset>
      <div class="row">
        <label>When <input type="datetime-local" defaultValue=${d} required ...${v.field(`occurredAt`)} />${v.error(`occurredAt`)}</label>
        <label>Minutes <input type="number" inputmode="numeric" defaultValue=${n.durationMinutes??``} ...${v.field(`durationMinutes`)} />${v.error(`durationMinutes`)}</label>
      </div>
      <label>What we heard <textarea rows="3" defaultValue=${String(n.heard??``)} ...${v.field(`heard`)}></textarea>${v.error(`heard`)}</label>
      <label>Pain points <textarea rows="2" defaultValue=${String(n.painPoints??``)} ...${v.field(`painPoints`)}></textarea>${v.error(`painPoints`)}</label>
      <fieldset><legend>How did the customer feel?</legend>
        <div class="chips" role="radiogroup" aria-label="Sentiment">
          ${Aa.map(e=>k`<button type="button" role="radio" aria-checked=${s===e} class=${s===e?`chip on`:`chip`} onClick=${()=>c(s===e?null:e)}>${J(e)}</button>`)}
        </div>
        ${v.error(`sentiment`)}
      </fieldset>
      ${t?k`<p class="muted">Its follow-ups, if any, wait in the list and are sent after it.</p>`:k`<fieldset><legend>Follow-ups</legend>
        ${l.map((t,n)=>k`<div class="followup">
          <label>Action <input value=${t.action} onInput=${e=>g(n,{action:e.target.value})} ...${v.field(`followUps.${n}.action`)} />${v.error(`followUps.${n}.action`)}</label>
          <${ha} label="Owner" value=${t.owner} me=${e} onChange=${e=>g(n,{owner:e})} />
          <div class="row">
            <label>Due <input type="date" value=${t.due} onInput=${e=>g(n,{due:e.target.value})} ...${v.field(`followUps.${n}.dueOn`)} />${v.error(`followUps.${n}.dueOn`)}</label>
          </div>
          <button type="button" class="link" onClick=${()=>u(l.filter((e,t)=>t!==n))}>Remove this follow-up</button>
        </div>`)}
        <button type="button" class="secondary" onClick=${()=>(u([...l,{action:``,owner:e,due:``}]),h(l.length))}>Add a follow-up</button>
      </fieldset>`}
      ${v.others()}
      <button type="submit" class="big" disabled=${f}>${t?`Send again`:`Save`}</button>
    </form>
  </${Q}>`}function Ua({me:e,fix:t}){let n=Pa(t),[r,i]=D(String(n.ownerID??e)),a=e=>({action:String(e.get(`action`)??``),owner:r,due:String(e.get(`dueOn`)??``)}),o=cn(e=>Va(a(e)),Fa(t));return k`<${Q} section="more">
    <h1>Fix: a follow-up</h1>
    <form onSubmit=${o.submit(async e=>{let i=a(e),o={...n,clientID:t.id,action:R(i.action),ownerID:r,dueOn:Na(i.due)};await di(t,t.id,`Follow-up: ${o.action}`,Oa,{input:o},void 0,Ba(o)),K(`/pending`)})} onInput=${o.onInput} ref=${o.ref} aria-label="Follow-up" novalidate>
      <label>Action <input defaultValue=${String(n.action??``)} ...${o.field(`action`)} />${o.error(`action`)}</label>
      <${ha} label="Owner" value=${r} me=${e} onChange=${i} />
      <div class="row">
        <label>Due <input type="date" defaultValue=${n.dueOn?String(n.dueOn).slice(0,10):``} ...${o.field(`dueOn`)} />${o.error(`dueOn`)}</label>
      </div>
      ${o.error(`ownerID`)}
      ${o.others()}
      <button type="submit" class="big">Send again</button>
    </form>
  </${Q}>`}function Wa({fix:e}){let t=Pa(e);async function n(n){await di(e,e.id,`New customer ${n.name}`,Ea,{input:{...t,clientID:e.id,...n}},void 0,La(e.id,n)),K(`/pending`)}return k`<${Q} section="more">
    <h1>Fix: a new customer</h1>
    <${Ia} name="" initial=${t} server=${Fa(e)} add=${n} />
  </${Q}>`}var Ga=z(`
  mutation Nominate($input: CreateNominationInput!) { createNomination(input: $input) { ...NominationRow } }
`,[Vn]),Ka=z(`
  mutation Endorse($input: CreateEndorsementInput!) { createEndorsement(input: $input) { ...EndorsementRow } }
`,[Hn]),qa=z(`
  mutation Approve($id: ID!, $note: String) { approveNomination(id: $id, note: $note) { ...NominationRow } }
`,[Vn]),Ja=z(`
  mutation Decline($id: ID!, $note: String) { declineNomination(id: $id, note: $note) { ...NominationRow } }
`,[Vn]),Ya=e=>[...W(`endorsements`).values()].filter(t=>t.nominationID===e.id||e.clientID&&t.nominationID===B(e.clientID)),Xa=()=>[...W(`nominations`).values()].filter(e=>e.status===`OPEN`).sort((e,t)=>Date.parse(e.createdAt)-Date.parse(t.createdAt));function Za({nom:e,me:t,admin:n}){let[r,i]=D(``),[a,o]=D(``),s=Ya(e),c=s.find(e=>e.endorserID===t),l=$(`people`,e.nomineeID,`Someone`),u=!!e.pending;async function d(){let n=_n(`Endorsement`,`comment`,r);if(o(n),n)return document.getElementById(`why-`+e.id)?.focus();let i=U(),a={clientID:i,nominationID:e.id,comment:Ma(r)},s={id:B(i),version:0,clientID:i,createdAt:new Date().toISOString(),nominationID:e.id,endorserID:t,comment:a.comment};await ui(i,`Endorsement of ${l}`,Ka,{input:a},void 0,{store:`endorsements`,op:`put`,record:s})}async function f(t){let n=t?`APPROVED`:`DECLINED`,r={store:`nominations`,op:`patch`,id:e.id,fields:{status:n}};t?await ui(U(),`Approve ${l}`,qa,{id:e.id,note:null},void 0,r):await ui(U(),`Decline ${l}`,Ja,{id:e.id,note:null},void 0,r)}async function p(e){ea(`Endorsement withdrawn.`,{label:`Undo`,run:await Ci(`endorsements`,e,`endorsement of ${l}`)})}async function m(){ea(`Nomination deleted.`,{label:`Undo`,run:await Ci(`nominations`,e,`nomination of ${l}`)})}let h=e.customerID?$(`customers`,e.customerID):``;return k`<li class="nomination" data-testid="nomination">
    <strong>${l}</strong> <span class="muted">nominated by ${$(`people`,e.nominatorID,`someone`)}, ${q(e.createdAt)}</span>
    ${e.pending&&k` <${X} e=${e.pending} />`}
    ${e.refused&&k`<p class="error">Not done: ${e.refused.error} <a href="#/pending">Waiting to sync</a></p>`}
    <p>${e.story}${h?k` <span class="muted">(for ${h})</span>`:``}</p>
    <p class="muted">${s.length} endorsement(s)${s.length?`: `+s.map(e=>$(`people`,e.endorserID,`someone`)).join(`, `):``}</p>
    <div class="actions">
      ${e.nomineeID!==t&&e.nominatorID!==t&&!c&&!u&&k`<label>Why you endorse (optional) <input id=${`why-`+e.id} value=${r}
        onInput=${e=>(i(e.target.value),o(``))}
        aria-invalid=${a?`true`:void 0} aria-describedby=${a?`err-why-`+e.id:void 0} />
        ${a&&k`<span class="field-error" id=${`err-why-`+e.id}>${a}</span>`}</label><button type="button" class="secondary" onClick=${d}>Endorse ${l}</button>`}
      ${c&&k`${c.pending&&k`<${X} e=${c.pending} />`}<button type="button" class="link" onClick=${()=>p(c)}>Withdraw my endorsement</button>`}
      ${n&&!u&&k`<button type="button" onClick=${()=>f(!0)}>Approve</button>
        <button type="button" class="secondary" onClick=${()=>f(!1)}>Decline</button>`}
      ${Ti(`nominations`,e,t,n)&&k`<button type="button" class="link" onClick=${m}>Delete the nomination</button>`}
    </div>
  </li>`}function Qa({me:e,admin:t}){G();let n=Bi(),r=[...Vi(n,`createNomination`),...Vi(n,`createEndorsement`)].filter(e=>e.status===`attention`),i=Xa(),a=[...W(`people`).values()].filter(e=>e.champion&&!e.deactivatedAt).sort((e,t)=>e.name.localeCompare(t.name)),[o,s]=na(i.length,20),[c,l]=na(a.length);return k`<${Q} section="champions">
    <h1>Champions</h1>
    <a class="button big" href="#/champions/nominate">Nominate a champion</a>
    ${r.length>0&&k`<ul class="list" aria-label="Not saved">${r.map(e=>k`<li class="pending">${e.label} <${X} e=${e} /> <a href=${`#/pending/`+encodeURIComponent(e.id)}>Fix</a></li>`)}</ul>`}
    <${Y} what="the champions" />
    <h2>Open nominations</h2>
    <p class="muted">${Z(i.length)} open.</p>
    <ul class="list">${i.slice(0,o).map(n=>k`<${Za} key=${n.id} nom=${n} me=${e} admin=${t} />`)}</ul>
    ${s()}
    <h2>Champions</h2>
    ${a.length===0?k`<p class="muted">No champions yet: nominate someone who put a customer first.</p>`:k`<p class="muted">${Z(a.length)} champion(s).</p>`}
    <ul class="list" data-testid="champions">
      ${a.slice(0,c).map(e=>k`<li>★ <strong>${e.name}</strong>${e.title?k` <span class="muted">${e.title}</span>`:``}</li>`)}
    </ul>
    ${l()}
  </${Q}>`}function $a({value:e,onChange:t}){G();let n=e?Ii(`customers`,e):void 0;return k`<fieldset><legend>For which customer (optional)</legend>
    <input type="hidden" name="customerID" value=${e} />
    ${e?k`<p class="chosen"><strong>${n?da(n):`The customer chosen`}</strong> <button type="button" class="link" onClick=${()=>t(``)}>Remove</button></p>`:k`<${ma} label="Find the customer" placeholder="Name or company" find=${fa} useRemote=${la} show=${da} onPick=${e=>t(e.id)} />`}
  </fieldset>`}function eo({me:e,fix:t}){let n=Pa(t),[r,i]=D(String(n.nomineeID??``)),[a,o]=D(String(n.customerID??``));G();let s=[...W(`conversations`).values()].filter(e=>!e.pending).sort((e,t)=>Date.parse(t.occurredAt)-Date.parse(e.occurredAt)),c=e=>({nomineeID:r,story:R(String(e.get(`story`)??``)),customerID:a||null,conversationID:String(e.get(`conversationID`)||``)||null}),l=cn(e=>{let t=c(e),n=vn(`Nomination`,{story:t.story});return t.nomineeID||(n.nomineeID=`Choose whom you nominate.`),n},Fa(t)),u=l.submit(async n=>{let r=c(n),i=$(`people`,r.nomineeID,`a peer`),a=t?.id??U(),o={id:B(a),version:0,clientID:a,createdAt:new Date().toISOString(),status:`OPEN`,nominatorID:e,...r};await di(t,a,`Nomination of ${i}`,Ga,{input:{clientID:a,...r}},void 0,{store:`nominations`,op:`put`,record:o}),K(t?`/pending`:`/champions`)}),d=(e,t)=>n[e]===t;return k`<${Q} section=${t?`more`:`champions`}>
    <h1>${t?`Fix: nominate a champion`:`Nominate a champion`}</h1>
    ${t&&k`<p class="muted">The server did not take this nomination. Change it, then send it again.</p>`}
    <form onSubmit=${u} onInput=${l.onInput} ref=${l.ref} aria-label="Nominate a champion" novalidate>
      <${Y} what="the people" />
      <${ha} label="Who" name="nomineeID" value=${r} me=${e} exclude=${e} onChange=${e=>(i(e),l.onInput({target:{name:`nomineeID`}}))}
        invalid=${!!l.errors.nomineeID} describedBy=${l.errors.nomineeID?`err-nomineeID`:void 0} />
      ${l.error(`nomineeID`)}
      <label>What they did <textarea rows="4" required defaultValue=${String(n.story??``)} ...${l.field(`story`)}></textarea>${l.error(`story`)}</label>
      <${$a} value=${a} onChange=${o} />
      ${l.error(`customerID`)}
      <label>Evidence: a conversation (optional) <select ...${l.field(`conversationID`)}>
        <option value="">—</option>
        ${s.slice(0,30).map(e=>k`<option value=${e.id} selected=${d(`conversationID`,e.id)}>${ya(e)} · ${$(`people`,e.leaderID)} · ${q(e.occurredAt)}</option>`)}
      </select>${s.length>30?k`<span class="muted hint">The 30 most recent of the ${Z(s.length)} on this device.</span>`:``}${l.error(`conversationID`)}</label>
      ${l.others()}
      <button type="submit" class="big">${t?`Send again`:`Nominate`}</button>
    </form>
  </${Q}>`}function to({fix:e,me:t}){let n=Pa(e),r=cn(e=>vn(`Endorsement`,{comment:String(e.get(`comment`)??``)}),Fa(e)),i=r.submit(async r=>{let i={...n,clientID:e.id,comment:Ma(r.get(`comment`))},a={id:B(e.id),version:0,clientID:e.id,createdAt:new Date(e.createdAt).toISOString(),nominationID:n.nominationID,endorserID:t,comment:i.comment};await di(e,e.id,e.label,Ka,{input:i},void 0,{store:`endorsements`,op:`put`,record:a}),K(`/pending`)});return k`<${Q} section="more">
    <h1>Fix: ${e.label}</h1>
    <form onSubmit=${i} onInput=${r.onInput} ref=${r.ref} aria-label="Endorsement" novalidate>
      <label>Why you endorse (optional) <textarea rows="3" defaultValue=${String(n.comment??``)} ...${r.field(`comment`)}></textarea>${r.error(`comment`)}</label>
      ${r.others()}
      <button type="submit" class="big">Send again</button>
    </form>
  </${Q}>`}var no=z(`
  query Me($p: String!) {
    viewer {
      id name email role champion weekStreak
      month(period: $p) {
        customersMet daysWithCustomers decisionsWithCustomerBenefit walker
        commitments { behaviour target actual met period }
      }
    }
    organization { name }
  }
`),ro={CUSTOMERS_MET:`Customers met`,DAYS_WITH_CUSTOMERS:`Days with customers`,MINUTES_WITH_CUSTOMERS:`Minutes with customers`,DECISIONS_WITH_BENEFIT:`Decisions with a customer benefit`,CLV_DECISIONS:`Decisions with a CLV impact`,FEEDBACK_REVIEWS:`Feedback reviews`,ONLINE_COMMENTS:`Online comments answered`,CALL_LISTENING:`Calls listened to`,RECOGNITIONS:`Champions recognised`,NEW_INITIATIVES:`New initiatives`,FOLLOW_UPS_ON_TIME:`Follow-ups on time (%)`};function io(){G();let e=Xa(),[t,n]=na(e.length,10);return!Li()||e.length===0?null:k`<section class="card" aria-label="Nominations waiting for you" data-testid="waiting-nominations">
    <h2>${Z(e.length)} nomination${e.length===1?``:`s`} waiting for you</h2>
    <ul class="list">
      ${e.slice(0,t).map(e=>k`<li><a href="#/champions"><strong>${$(`people`,e.nomineeID,`Someone`)}</strong>, by ${$(`people`,e.nominatorID,`someone`)} · ${Ya(e).length} endorsement(s)</a></li>`)}
    </ul>
    ${n()}
  </section>`}function ao({month:e,admin:t}){let n=zi(no,{p:e}),r=Bi(),i=n.data?.viewer,a=i?.month,o=Vi(r,`createConversation`).length;return k`<${Q} section="">
    <${Ki} r=${n} what="your month" />
    ${i&&a&&k`
      <h1>Hello, ${i.name}</h1>
      <p class="muted">${n.data?.organization.name} · ${i.role.toLowerCase()}${i.champion?` · ★ champion`:``}</p>
      <a class="button big" href="#/log" data-testid="log">Log a conversation</a>
      <section class="card" aria-label="My month">
        <h2>My month</h2>
        <p class="verdict" data-testid="verdict">${a.commitments.length===0?`Make a commitment to see whether you walk the talk.`:a.walker?`Walker: you meet every commitment.`:`Not yet a walker this month.`}</p>
        <ul class="stats">
          <li data-testid="customers-met"><strong>${a.customersMet}</strong> customers met${o?k` <span class="muted">(+${o} conversation${o===1?``:`s`} waiting to sync)</span>`:``}</li>
          <li><strong>${a.daysWithCustomers}</strong> days with customers</li>
          <li><strong>${a.decisionsWithCustomerBenefit}</strong> decisions with a customer benefit</li>
          <li data-testid="streak"><strong>${i.weekStreak}</strong> week${i.weekStreak===1?``:`s`} in a row with customers</li>
        </ul>
        ${a.commitments.length>0&&k`<ul class="commitments">
          ${a.commitments.map(e=>k`<li class=${e.met?`met`:`short`}>${ro[e.behaviour]}: ${e.actual} of ${e.target}${e.period===`QUARTER`?` this quarter`:``}</li>`)}
        </ul>`}
        <a href="#/commitments">${a.commitments.length?`Change my commitments`:`Make a commitment`}</a>
      </section>
`}
    ${t&&k`<${io} />`}
  </${Q}>`}var oo=z(`
  mutation CreateCommitment($input: CreateCommitmentInput!) { createCommitment(input: $input) { ...CommitmentRow } }
`,[Wn]),so={CUSTOMERS_MET:5,DAYS_WITH_CUSTOMERS:2,FOLLOW_UPS_ON_TIME:90,MINUTES_WITH_CUSTOMERS:240},co=e=>k`<label>Per <select name="period">
  <option value="MONTH" selected=${e===`MONTH`}>Month</option><option value="QUARTER" selected=${e===`QUARTER`}>Quarter</option></select></label>`;function lo({me:e,c:t,behaviour:n,target:r,period:i,choices:a,fix:o}){let s=e=>({behaviour:String(e.get(`behaviour`)??``)||n,target:Number(e.get(`target`)),period:String(e.get(`period`))}),c=cn(e=>{let t=s(e),n=vn(`Commitment`,{target:t.target});return!n.target&&!Number.isInteger(t.target)&&(n.target=`a whole number`),!n.target&&t.behaviour===`FOLLOW_UPS_ON_TIME`&&t.target>100&&(n.target=`a percentage: at most 100`),n},Fa(o)),l=c.submit(async n=>{let r=s(n),i=r.behaviour?`Commitment: ${ro[r.behaviour]} ${r.target}`:o?.label??`Commitment`,a={target:r.target,period:r.period};if(t&&o){let e=Nn(t,a);await di(o,o.id,i,_i,{id:t.id,input:Mn(e),expectedVersion:t.version},{...o.draft,patch:e,was:t},{store:`commitments`,op:`patch`,id:t.id,fields:e})}else if(t)await Si(`commitments`,t,a,i);else{let t=o?.id??U(),n={id:B(t),version:0,clientID:t,behaviour:r.behaviour,target:r.target,period:r.period,leaderID:e};await di(o,t,i,oo,{input:{behaviour:r.behaviour,target:r.target,period:r.period}},void 0,{store:`commitments`,op:`put`,record:n})}o?K(`/pending`):t||c.ref.current?.reset()});async function u(){t&&ea(`Commitment deleted.`,{label:`Undo`,run:await Ci(`commitments`,t,`commitment “${ro[t.behaviour]}”`)})}let d=a?`Commit to more`:n?ro[n]:o?.label??``;return k`<form class="card" aria-label=${a?`New commitment`:d} onSubmit=${l} onInput=${c.onInput} ref=${c.ref} novalidate>
    <h2>${d}</h2>
    ${a&&k`<label>Behaviour <select name="behaviour">${a.map(e=>k`<option value=${e}>${ro[e]}</option>`)}</select></label>`}
    <div class="row"><label>Target <input type="number" inputmode="numeric" defaultValue=${r} ...${c.field(`target`)} />${c.error(`target`)}</label>${co(i)}</div>
    ${c.others()}
    ${t?.pending&&k`<p><${X} e=${t.pending} /></p>`}
    ${t?.refused&&k`<p class="error">Your change was not saved: ${t.refused.current?`it changed on another device.`:t.refused.error} <a href=${`#/pending/`+encodeURIComponent(t.refused.id)}>Resolve</a></p>`}
    <div class="actions">
      <button type="submit" class=${a?``:`secondary`}>${o?`Send again`:a?`Commit`:`Update`}</button>
      ${t&&!o&&k`<button type="button" class="link" onClick=${u}>Delete this commitment</button>`}
    </div>
  </form>`}function uo({me:e}){G();let t=[...Vi(Bi(),`createCommitment`)].filter(e=>e.status===`attention`),n=[...W(`commitments`).values()].filter(t=>t.leaderID===e),r=Object.keys(ro).filter(e=>!n.some(t=>t.behaviour===e));return k`<${Q} section="more">
    <h1>My commitments</h1>
    <p class="muted">What you commit to do for customers; Walker measures it from what you log.</p>
    <${Y} what="your commitments" />
    ${t.length>0&&k`<ul class="list" aria-label="Not saved">${t.map(e=>k`<li class="pending">${e.label} <${X} e=${e} /> <a href=${`#/pending/`+encodeURIComponent(e.id)}>Fix</a></li>`)}</ul>`}
    ${n.map(t=>k`<${lo} key=${t.id+`:`+t.version+`:`+(t.pending?.id??``)} me=${e} c=${t} behaviour=${t.behaviour} target=${t.target} period=${t.period} />`)}
    ${r.length>0&&k`<${lo} key=${r.join()} me=${e} choices=${r} target=${so[r[0]]??1} period="MONTH" />`}
  </${Q}>`}function fo({me:e,fix:t}){G();let n=t.variables.input,r=t.effect?.op===`patch`?Ii(`commitments`,t.effect.id):void 0,i=t.draft?.patch??{};return k`<${Q} section="more"><h1>Fix: a commitment</h1>
    ${t.effect?.op===`patch`&&!r?k`<p>This commitment is not there any more.</p>`:k`<${lo} me=${e} c=${r} behaviour=${r?.behaviour??n.behaviour} target=${i.target??r?.target??n.target} period=${i.period??r?.period??n.period} fix=${t} />`}
  </${Q}>`}var po=[`PROPOSED`,`DECIDED`,`IMPLEMENTED`,`REVERSED`],mo=z(`
  mutation CreateDecision($input: CreateDecisionInput!) { createDecision(input: $input) { ...DecisionRow } }
`,[Bn]),ho=(e,t)=>e===`PROPOSED`?null:t??new Date().toISOString();function go({d:e,me:t,admin:n}){async function r(t){await Si(`decisions`,e,{status:t,decidedAt:ho(t,e.decidedAt)},`${e.title}: ${J(t).toLowerCase()}`)}async function i(){ea(`Decision deleted.`,{label:`Undo`,run:await Ci(`decisions`,e,`decision “${e.title}”`)})}let a=Ei(`decisions`,e,t,n);return k`<li class="decision" data-testid="decision">
    <strong>${e.title}</strong> <span class=${`status `+e.status.toLowerCase()}>${J(e.status)}</span> ${e.pending&&k`<${X} e=${e.pending} />`}
    ${e.refused&&k`<p class="error">Your change was not saved: ${e.refused.current?`it changed on another device.`:e.refused.error} <a href=${`#/pending/`+encodeURIComponent(e.refused.id)}>Resolve</a></p>`}
    <p><span class="muted">For the customer:</span> ${e.customerBenefit}</p>
    ${e.context&&k`<p class="muted">${e.context}</p>`}
    <p class="muted">${$(`people`,e.ownerID,`Someone`)}${e.decidedAt?` · decided `+q(e.decidedAt):``}${e.clvImpact==null?``:` · CLV ${e.clvImpact>0?`+`:``}${e.clvImpact}`} · ${e.evidenceCount} conversation(s) as evidence</p>
    <div class="actions">
      ${a&&k`<label>Status <select value=${e.status} onChange=${e=>r(e.target.value)}>
        ${po.map(e=>k`<option value=${e}>${J(e)}</option>`)}
      </select></label>`}
      ${a&&k`<a class="button secondary" href=${`#/decisions/`+encodeURIComponent(e.id)}>Edit</a>`}
      ${Ti(`decisions`,e,t,n)&&k`<button type="button" class="link" onClick=${i}>Delete</button>`}
    </div>
  </li>`}function _o({me:e,admin:t}){let[n,r]=D(``);G();let i=Vi(Bi(),`createDecision`).filter(e=>e.status===`attention`),a=[...W(`decisions`).values()].filter(e=>!n||e.status===n).sort((e,t)=>Date.parse(t.createdAt||``)-Date.parse(e.createdAt||``)||(e.pending?-1:0)),[o,s]=na(a.length);return k`<${Q} section="decisions">
    <h1>Decisions</h1>
    <a class="button big" href="#/decisions/new">Record a decision</a>
    <div class="chips" role="radiogroup" aria-label="Status">
      ${[``,...po].map(e=>k`<button type="button" role="radio" aria-checked=${n===e} class=${n===e?`chip on`:`chip`} onClick=${()=>r(e)}>${e?J(e):`All`}</button>`)}
    </div>
    ${i.length>0&&k`<ul class="list" aria-label="Not saved">${i.map(e=>k`<li class="pending" data-testid="pending-decision">${e.label} <${X} e=${e} /> <a href=${`#/pending/`+encodeURIComponent(e.id)}>Fix</a></li>`)}</ul>`}
    <${Y} what="the decisions" />
    <p class="muted" data-testid="decision-count">${Z(a.length)} decision(s)${n?` `+J(n).toLowerCase():``}</p>
    <ul class="list">${a.slice(0,o).map(n=>k`<${go} key=${n.id} d=${n} me=${e} admin=${t} />`)}</ul>
    ${s()}
  </${Q}>`}var vo=e=>[...W(`conversations`).values()].filter(t=>t.leaderID===e&&!$n(t.id)).sort((e,t)=>Date.parse(t.occurredAt)-Date.parse(e.occurredAt));function yo({me:e,chosen:t,setChosen:n}){G();let r=vo(e),[i,a]=na(r.length,20);return k`<fieldset><legend>Evidence: conversations</legend>
    <${Y} what="your conversations" />
    ${r.slice(0,i).map(e=>k`<label class="check"><input type="checkbox" checked=${t.includes(e.id)}
      onChange=${r=>n(r.target.checked?[...t,e.id]:t.filter(t=>t!==e.id))} />
      <span>${ya(e)} <span class="muted">· ${q(e.occurredAt)}</span></span></label>`)}
    ${a()}
    ${r.length===0&&k`<p class="muted">No conversations logged yet.</p>`}
  </fieldset>`}function bo({label:e,initial:t,choices:n,server:r,evidence:i,submitLabel:a,onSave:o}){let s=e=>{let t=String(e.get(`clvImpact`)??``).trim();return{clv:t,values:{title:R(String(e.get(`title`)??``)),customerBenefit:R(String(e.get(`customerBenefit`)??``)),context:Ma(e.get(`context`)),clvImpact:t?Number(t):null,status:String(e.get(`status`)||`PROPOSED`)}}},c=cn(e=>{let{clv:t,values:n}=s(e),r=vn(`Decision`,{title:n.title,customerBenefit:n.customerBenefit,context:n.context,clvImpact:n.clvImpact});return t&&!Number.isFinite(Number(t))&&(r.clvImpact=`a number, e.g. 12000 or -500`),r},r);return k`<form onSubmit=${c.submit(e=>o(s(e).values))} onInput=${c.onInput} ref=${c.ref} aria-label=${e} novalidate>
    <label>Title <input required defaultValue=${String(t.title??``)} ...${c.field(`title`)} />${c.error(`title`)}</label>
    <label>What's in it for the customer? (required)
      <span class="muted hint" id="benefit-help">Say what the customer gains, in their terms.</span>
      <textarea rows="3" required defaultValue=${String(t.customerBenefit??``)} ...${c.field(`customerBenefit`)}></textarea>
      ${c.error(`customerBenefit`)}
    </label>
    <label>Context <textarea rows="2" defaultValue=${String(t.context??``)} ...${c.field(`context`)}></textarea>${c.error(`context`)}</label>
    <div class="row">
      <label>CLV impact <input inputmode="decimal" placeholder="e.g. 12000" defaultValue=${t.clvImpact??``} ...${c.field(`clvImpact`)} />${c.error(`clvImpact`)}</label>
      <label>Status <select name="status">${n.map(e=>k`<option value=${e} selected=${(t.status??`PROPOSED`)===e}>${J(e)}</option>`)}</select></label>
    </div>
    ${i}
    ${c.error(`evidenceIDs`)}
    ${c.others()}
    <button type="submit" class="big">${a}</button>
  </form>`}function xo({me:e,fix:t}){let n=Pa(t),[r,i]=D(n.evidenceIDs??[]);async function a(i){let a=t?.id??U(),o={clientID:a,...i,evidenceIDs:r,decidedAt:ho(i.status,n.decidedAt)},s={id:B(a),version:0,clientID:a,createdAt:new Date().toISOString(),title:i.title,context:i.context,customerBenefit:i.customerBenefit,clvImpact:i.clvImpact,status:i.status,decidedAt:o.decidedAt,ownerID:e,evidenceCount:r.length};await di(t,a,`Decision: ${i.title}`,mo,{input:o},void 0,{store:`decisions`,op:`put`,record:s}),K(t?`/pending`:`/decisions`)}return k`<${Q} section=${t?`more`:`decisions`}>
    <h1>${t?`Fix: record a decision`:`Record a decision`}</h1>
    ${t&&k`<p class="muted">The server did not take this decision. Change what it says, then send it again.</p>`}
    <${bo} label="Record a decision" initial=${n} choices=${po.slice(0,2)} server=${Fa(t)}
      evidence=${k`<${yo} me=${e} chosen=${r} setChosen=${i} />`} submitLabel=${t?`Send again`:`Save the decision`} onSave=${a} />
  </${Q}>`}function So({id:e,fix:t}){G();let n=Ii(`decisions`,e);if(!n)return k`<${Q} section="decisions"><a href="#/decisions">← Decisions</a><${Y} what="the decisions" />
      ${H.meta?.state===`ready`&&k`<p>This decision is not there any more.</p>`}</${Q}>`;let r={...n,...t?.draft?.patch??{}};async function i(e){let r={...e,decidedAt:ho(e.status,n.decidedAt)};if(t){let e=Nn(n,r);await di(t,t.id,t.label,gi,{id:n.id,input:Mn(e),expectedVersion:n.version},{...t.draft,patch:e,was:n},{store:`decisions`,op:`patch`,id:n.id,fields:e}),K(`/pending`)}else await Si(`decisions`,n,r,`Decision edited: ${e.title}`),K(`/decisions`)}return k`<${Q} section=${t?`more`:`decisions`}>
    <a href="#/decisions">← Decisions</a>
    <h1>${t?`Fix: edit a decision`:`Edit a decision`}</h1>
    ${n.pending&&k`<p><${X} e=${n.pending} /> Your last change is kept on this device until the server has it.</p>`}
    <${bo} key=${n.id} label="Edit a decision" initial=${r} choices=${po} server=${Fa(t)}
      submitLabel=${t?`Send again`:`Save the changes`} onSave=${i} />
  </${Q}>`}var Co=[[`createConversation`,(e,t)=>k`<${Ha} me=${e} fix=${t} />`],[`createFollowUp`,(e,t)=>k`<${Ua} me=${e} fix=${t} />`],[`createCustomer`,(e,t)=>k`<${Wa} fix=${t} />`],[`createDecision`,(e,t)=>k`<${xo} me=${e} fix=${t} />`],[`updateDecision`,(e,t)=>k`<${So} id=${String(t.variables.id)} fix=${t} />`],[`createNomination`,(e,t)=>k`<${eo} me=${e} fix=${t} />`],[`createEndorsement`,(e,t)=>k`<${to} me=${e} fix=${t} />`],[`createCommitment`,(e,t)=>k`<${fo} me=${e} fix=${t} />`],[`updateCommitment`,(e,t)=>k`<${fo} me=${e} fix=${t} />`]],wo={title:`Title`,context:`Context`,customerBenefit:`What's in it for the customer`,clvImpact:`CLV impact`,status:`Status`,decidedAt:`Decided on`,target:`Target`,period:`Per`};function To(e,t){return t==null||t===``?`(empty)`:e===`decidedAt`||e.endsWith(`At`)||e===`dueOn`?q(String(t)):e===`status`||e===`period`||e===`behaviour`?e===`behaviour`?ro[t]??String(t):J(String(t)):String(t)}function Eo({e}){let t=e.current,n=e.draft?.patch??(e.effect?.op===`patch`?e.effect.fields:{}),r=e.draft?.was??{},i=On(n,r,t),[a,o]=D(()=>An(i)),s=kn(n,r,t,Object.keys(wo));async function c(){let n=jn(i,a),r=await V;if(Object.keys(n).length===0)await r.discard(e.id),ea(`Nothing to send: the server already has what you chose.`);else{let i=e.effect?.op===`patch`?{...e.effect,fields:n}:e.effect;await r.retry(e.id,{...e.variables,input:Mn(n),expectedVersion:t.version},{draft:{...e.draft,patch:n,was:t},effect:i}),ti()}K(`/pending`)}let l=(e,t)=>o({...a,[e.name]:t});return k`<${Q} section="more">
    <a href="#/pending">← Waiting to sync</a>
    <h1>Resolve: ${e.label}</h1>
    <p>This changed on another device after you edited it. For each field, keep yours or take the one on the server now; nothing is sent until you choose.</p>
    <form class="conflict" aria-label="Resolve the conflict" onSubmit=${e=>(e.preventDefault(),c())}>
      ${i.map(e=>k`<fieldset class="conflict-field" data-field=${e.name}>
        <legend>${wo[e.name]??e.name}</legend>
        ${e.agreed?k`<p class="muted">The same on both: ${To(e.name,e.mine)}</p>`:k`
          <label class="check"><input type="radio" name=${`keep-`+e.name} value="mine" checked=${a[e.name]===`mine`} onChange=${()=>l(e,`mine`)} />
            <span><strong>Yours:</strong> ${To(e.name,e.mine)}</span></label>
          <label class="check"><input type="radio" name=${`keep-`+e.name} value="theirs" checked=${a[e.name]===`theirs`} onChange=${()=>l(e,`theirs`)} />
            <span><strong>On the server now:</strong> ${To(e.name,e.theirs)}</span></label>
          <p class="muted hint">When you edited it: ${To(e.name,e.was)}</p>`}
      </fieldset>`)}
      ${s.length>0&&k`<p class="muted">Also changed on the server, and kept: ${s.map(e=>`${wo[e]??e} (${To(e,t[e])})`).join(`, `)}.</p>`}
      <div class="actions">
        <button type="button" class="secondary" onClick=${()=>o(Object.fromEntries(i.map(e=>[e.name,`mine`])))}>Keep all mine</button>
        <button type="button" class="secondary" onClick=${()=>o(Object.fromEntries(i.map(e=>[e.name,`theirs`])))}>Take all the server's</button>
      </div>
      <button type="submit" class="big">Send the result</button>
    </form>
  </${Q}>`}var Do=e=>Co.some(([t])=>Vi([e],t).length>0);function Oo({id:e,me:t}){let[n,r]=D();if(O(()=>{V.then(e=>e.list()).then(t=>r(t.find(t=>t.id===e)??null))},[e]),n?.current&&n.status===`attention`)return k`<${Eo} e=${n} />`;let i=n&&Co.find(([e])=>Vi([n],e).length>0);return n&&i?i[1](t,n):k`<${Q} section="more"><h1>Fix</h1>
    ${n===void 0?k`<p class="muted">Loading…</p>`:k`<p>${n?`This change cannot be edited: send it again or discard it.`:`This change is not waiting any more.`}</p><a href="#/pending">Waiting to sync</a>`}
  </${Q}>`}function ko(){let e=Bi(),t=async e=>(await(await V).retry(e.id),void ti()),n=async e=>confirm(`Discard “${e.label}”? It will not be saved.`)&&await(await V).discard(e.id);return k`<${Q} section="more">
    <h1>Waiting to sync</h1>
    ${e.length===0?k`<p data-testid="all-synced">Everything you did is on the server.</p>`:k`<p class="muted">Kept on this device and sent, oldest first, as soon as Walker reaches the server.</p>`}
    <button type="button" class="secondary" onClick=${()=>li()}>Sync now</button>
    <ul class="list">
      ${e.map(e=>k`<li data-testid="pending-item">
        <strong>${e.label}</strong> <${X} e=${e} />
        <br /><span class="muted">${Ui(e.createdAt)}${e.attempts?` · ${e.attempts} attempt(s)`:``}</span>
        ${e.current&&e.status===`attention`?k`<p class="error" data-testid="conflict">Changed on another device since you edited it: choose what to keep.</p>`:e.error&&k`<p class="error">${e.error}</p>`}
        ${e.status===`attention`&&k`<div class="actions">
          ${e.current?k`<a class="button" href=${`#/pending/`+encodeURIComponent(e.id)}>Resolve</a>`:Do(e)&&k`<a class="button secondary" href=${`#/pending/`+encodeURIComponent(e.id)}>Fix</a>`}
          ${!e.current&&k`<button type="button" class="secondary" onClick=${()=>t(e)}>Send again</button>`}
          <button type="button" class="link" onClick=${()=>n(e)}>Discard</button>
        </div>`}
      </li>`)}
    </ul>
  </${Q}>`}function Ao({admin:e}){return k`<${Q} section="more">
    <h1>More</h1>
    <ul class="menu">
      <li><a href="#/commitments">My commitments</a></li>
      <li><a href="#/reviews">Feedback reviews</a></li>
      ${e&&k`<li><a href="#/team">Team dashboard</a></li>`}
      ${e&&k`<li><a href="#/team/review">Monthly feedback review</a></li>`}
      <li><a href="#/pending">Waiting to sync</a></li>
      <li><a href="#/settings">Settings${e?`: passkeys, people, invitations, API tokens`:`: passkeys, sign out`}</a></li>
    </ul>
  </${Q}>`}function jo({r:e,me:t,admin:n}){async function r(){ea(`Feedback review deleted.`,{label:`Undo`,run:await Ci(`reviews`,e,`feedback review “${e.title}”`)})}return k`<li data-testid="review">
    <strong>${e.title}</strong> <span class="muted">· ${q(e.heldAt)} · hosted by ${$(`people`,e.hostID,`someone`)}</span>
    ${e.pending&&k` <${X} e=${e.pending} />`}
    <p class="muted">${e.attendeeCount} attendee(s) · ${e.conversationCount} conversation(s) reviewed</p>
    ${e.notes&&k`<p class="text">${e.notes}</p>`}
    ${Ti(`reviews`,e,t,n)&&k`<button type="button" class="link" onClick=${r}>Delete</button>`}
  </li>`}function Mo({me:e,admin:t}){G();let n=[...W(`reviews`).values()].sort((e,t)=>Date.parse(t.heldAt)-Date.parse(e.heldAt)),[r,i]=na(n.length);return k`<${Q} section="more">
    <h1>Feedback reviews</h1>
    <${Y} what="the feedback reviews" />
    <p class="muted">${Z(n.length)} feedback review(s).</p>
    <ul class="list">${n.slice(0,r).map(n=>k`<${jo} key=${n.id} r=${n} me=${e} admin=${t} />`)}</ul>
    ${i()}
  </${Q}>`}var No=z(`
  query Passkeys($after: Cursor) { viewer { id passkeys(first: 50, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { id name createdAt lastUsedAt synced } } } } }
`),Po=z(`mutation RenamePasskey($id: ID!, $name: String!) { renamePasskey(id: $id, name: $name) { id } }`),Fo=z(`mutation DeletePasskey($id: ID!) { deletePasskey(id: $id) }`),Io=z(`
  query Invitations($after: Cursor) {
    invitations(first: 50, after: $after, where: { usedAtIsNil: true, revokedAtIsNil: true }, orderBy: [{ field: CREATED_AT, direction: DESC }]) {
      totalCount pageInfo { hasNextPage endCursor } edges { node { id email role expiresAt } }
    }
  }
`),Lo=z(`
  query Tokens($after: Cursor) {
    apiTokens(first: 50, after: $after, where: { revokedAtIsNil: true }, orderBy: [{ field: CREATED_AT, direction: DESC }]) {
      totalCount pageInfo { hasNextPage endCursor } edges { node { id name prefix scope expiresAt lastUsedAt } }
    }
  }
`),Ro=z(`mutation Invite($input: CreateInvitationInput!) { createInvitation(input: $input) { url } }`),zo=z(`mutation RevokeInvitation($id: ID!) { revokeInvitation(id: $id) { id } }`),Bo=z(`mutation RevokeAccess($id: ID!) { revokeAccess(leaderID: $id) { id } }`),Vo=z(`mutation CreateToken($input: CreateAPITokenInput!) { createAPIToken(input: $input) { token } }`),Ho=z(`mutation RevokeToken($id: ID!) { revokeAPIToken(id: $id) { id } }`);function Uo(e){let[t,n]=D(``);return[t,async(t,r=`Done.`)=>{try{await t(),n(r),e()}catch(e){n(e instanceof Error?e.message:String(e))}}]}function Wo(e,t,n){let[r,i]=D(``),a=cn(e);return{form:a,submit:a.submit(async e=>{i(``);try{i(await t(e)),n()}catch(e){a.refuse(on(e))}}),msg:r}}function Go({p:e,many:t,reload:n}){let[r,i]=Uo(n),a=Wo(e=>vn(`Passkey`,{name:String(e.get(`name`)??``)}),async t=>(await Et(Po,{id:e.id,name:R(String(t.get(`name`)))}),`Passkey renamed.`),n),{form:o}=a;return k`<li>
    <form class="inline" onSubmit=${a.submit} onInput=${o.onInput} ref=${o.ref} aria-label=${`Passkey `+e.name} novalidate>
      <label>Name <input defaultValue=${e.name} ...${o.field(`name`)} />${o.error(`name`)}</label>
      <span class="muted">${e.synced?`Synced`:`This device only`} · added ${q(e.createdAt)}${e.lastUsedAt?` · used `+q(e.lastUsedAt):``}</span>
      ${o.others()}
      <div class="actions"><button type="submit" class="secondary">Rename</button>
      ${t&&k`<button type="button" class="link" onClick=${()=>confirm(`Delete this passkey?`)&&i(()=>Et(Fo,{id:e.id}),`Passkey deleted.`)}>Delete</button>`}</div>
      ${(a.msg||r)&&k`<p role="status">${a.msg||r}</p>`}
    </form></li>`}function Ko({me:e}){let[t,n]=D(``),[r,i]=Uo(()=>void li());G();let a=pa(t,1e7),[o,s]=na(a.total),c=e=>confirm(`Revoke ${e.name}'s access now?`)&&i(()=>Et(Bo,{id:e.id}),`Access revoked: ${e.name}.`);return k`<section class="card" aria-label="People">
    <h2>People</h2>
    <${Y} what="the people" />
    <label>Find a person <input type="search" value=${t} onInput=${e=>n(e.target.value)} placeholder="Name, email or team" /></label>
    <p class="muted" data-testid="people-count">${t.trim()?`${Z(a.total)} found`:`${Z(a.total)} people`}${a.total>o?`, ${Z(o)} shown`:``}.</p>
    <ul class="list">${a.items.slice(0,o).map(t=>k`<li data-testid="person">${t.name} <span class="muted">${t.email} · ${J(t.role)}${t.deactivatedAt?` · no access`:``}</span>
      ${!t.deactivatedAt&&t.id!==e&&k` <button type="button" class="link" onClick=${()=>c(t)}>Revoke access</button>`}</li>`)}</ul>
    ${s()}
    ${r&&k`<p role="status">${r}</p>`}
  </section>`}function qo({me:e}){let t=ra(Io,{},e=>e.invitations),n=ra(Lo,{},e=>e.apiTokens),r=()=>(t.reload(),n.reload()),[i,a]=Uo(r),[o,s]=D(null),c=Wo(e=>vn(`Invitation`,{email:String(e.get(`email`)??``)}),async e=>{let t=await Et(Ro,{input:{email:R(String(e.get(`email`))),role:String(e.get(`role`))}});return s({kind:`Invitation link (send it to them; valid 7 days, once)`,value:t.createInvitation.url}),`Invitation created.`},r),l=Wo(e=>{let t=vn(`APIToken`,{name:String(e.get(`name`)??``)}),n=Number(e.get(`expiresInDays`));return(!Number.isInteger(n)||n<1||n>730)&&(t.expiresInDays=`must be between 1 and 730`),t},async e=>{let t=await Et(Vo,{input:{name:R(String(e.get(`name`))),scope:String(e.get(`scope`)),expiresInDays:Number(e.get(`expiresInDays`))}});return s({kind:`API token (shown only now: copy it)`,value:t.createAPIToken.token}),`Token created.`},r),u=c.form,d=l.form;return k`<${Ko} me=${e} />
    <form class="card" aria-label="Invite a person" onSubmit=${c.submit} onInput=${u.onInput} ref=${u.ref} novalidate>
      <h2>Invite a person</h2>
      <label>Email <input type="email" required autocomplete="off" ...${u.field(`email`)} />${u.error(`email`)}</label>
      <label>Role <select name="role"><option value="LEADER">Leader</option><option value="MEMBER">Member</option><option value="ADMIN">Admin</option></select></label>
      ${u.others()}
      <button type="submit">Create invitation link</button>
      ${c.msg&&k`<p role="status">${c.msg}</p>`}
      <${ia} p=${t} what="the invitations" count=${(e,t)=>`${Z(t)} open invitation(s)${t>e?`, ${Z(e)} shown`:``}.`} />
      <ul class="list">${t.items.map(e=>k`<li>${e.email??`setup link`} <span class="muted">${J(e.role)} · until ${q(e.expiresAt)}</span>
        <button type="button" class="link" onClick=${()=>a(()=>Et(zo,{id:e.id}),`Invitation revoked.`)}>Revoke</button></li>`)}</ul>
      <${aa} p=${t} />
    </form>
    <form class="card" aria-label="Integrator API tokens" onSubmit=${l.submit} onInput=${d.onInput} ref=${d.ref} novalidate>
      <h2>Integrator API tokens</h2>
      <label>Name <input required placeholder="e.g. BI export" ...${d.field(`name`)} />${d.error(`name`)}</label>
      <div class="row">
        <label>Scope <select name="scope"><option value="READ">Read</option><option value="READ_WRITE">Read and write</option></select></label>
        <label>Days valid <input type="number" min="1" max="730" defaultValue="90" ...${d.field(`expiresInDays`)} />${d.error(`expiresInDays`)}</label>
      </div>
      ${d.others()}
      <button type="submit">Create token</button>
      ${l.msg&&k`<p role="status">${l.msg}</p>`}
      <${ia} p=${n} what="the API tokens" count=${(e,t)=>`${Z(t)} token(s)${t>e?`, ${Z(e)} shown`:``}.`} />
      <ul class="list">${n.items.map(e=>k`<li>${e.name} <span class="muted">${e.prefix}… · ${J(e.scope)}${e.expiresAt?` · until `+q(e.expiresAt):``}${e.lastUsedAt?` · used `+q(e.lastUsedAt):``}</span>
        <button type="button" class="link" onClick=${()=>a(()=>Et(Ho,{id:e.id}),`Token revoked.`)}>Revoke</button></li>`)}</ul>
      <${aa} p=${n} />
    </form>
    ${o&&k`<div class="card secret" role="status"><strong>${o.kind}</strong><code data-testid="secret">${o.value}</code>
      <button type="button" class="secondary" onClick=${()=>navigator.clipboard?.writeText(o.value)}>Copy</button></div>`}
    ${i&&k`<p role="status">${i}</p>`}`}var Jo=e=>e===void 0?`?`:(e/1e6).toFixed(1)+` MB`;function Yo(){G();let[e,t]=D(null),[n,r]=D(0);O(()=>{(async()=>{let e=await navigator.storage?.estimate?.().catch(()=>void 0);t({usage:e?.usage,quota:e?.quota,persisted:await navigator.storage?.persisted?.().catch(()=>!1)??!1})})()},[H.rev,n]);let i=H.meta,a=H.counts(),o=[[`customers`,a.customers],[`people`,a.people],[`conversations`,a.conversations],[`follow-ups`,a.followUps],[`decisions`,a.decisions],[`nominations`,a.nominations],[`endorsements`,a.endorsements],[`feedback reviews`,a.reviews],[`commitments`,a.commitments]];return k`<section class="card" aria-label="This device" data-testid="storage">
    <h2>This device</h2>
    <p data-testid="storage-use">Walker keeps ${Jo(e?.usage)} on this device${e?.quota?` (the browser allows ${Jo(e.quota)})`:``}.
      ${e&&(e.persisted?` The browser keeps it for good.`:` The browser may clear it when space runs out; Walker then gets it again.`)}</p>
    ${!e?.persisted&&k`<button type="button" class="secondary" onClick=${async()=>(await fi(),r(n+1))}>Keep Walker's data on this device</button>`}
    ${Li()&&i&&k`<p class="muted" data-testid="replica-counts">${o.map(([e,t])=>`${Z(t)} ${e}`).join(`, `)}.</p>
      <p class="muted">Filled in ${(i.fillMs/1e3).toFixed(1)} s on ${Ui(i.filledAt)}; up to date as of ${Ui(i.syncedAt)}${i.pulled.changes?` (${Z(i.pulled.changes)} changes in ${i.pulled.ms} ms)`:``}.</p>`}
  </section>`}function Xo({me:e,admin:t,email:n,org:r,signOut:i}){let a=ra(No,{},e=>e.viewer.passkeys),[o,s]=Uo(a.reload);return k`<${Q} section="more">
    <h1>Settings</h1>
    <p data-testid="account">Signed in to <strong>${r}</strong> as ${n}.</p>
    <section class="card" aria-label="My passkeys">
      <h2>My passkeys</h2>
      <${ia} p=${a} what="your passkeys" count=${(e,t)=>`${Z(t)} passkey(s)${t>e?`, ${Z(e)} shown`:``}.`} />
      <ul class="list">${a.items.map(e=>k`<${Go} key=${e.id} p=${e} many=${a.total>1} reload=${a.reload} />`)}</ul>
      <${aa} p=${a} />
      <button type="button" class="secondary" onClick=${()=>s(()=>yt({invitation:``,name:``,email:``,passkeyName:`Another device`}),`Passkey added.`)}>Add a passkey</button>
      ${o&&k`<p role="status">${o}</p>`}
    </section>
    <div class="card">
      <button type="button" class="secondary" onClick=${()=>i(!1)}>Sign out</button>
      <button type="button" class="secondary" onClick=${()=>i(!0)}>Sign out everywhere</button>
    </div>
    <${Yo} />
    ${t&&k`<${qo} me=${e} />`}
  </${Q}>`}var Zo=z(`
  query Team($p: String!) {
    dashboard(period: $p) {
      leaders walkers notYetWalkers withoutCommitments customersMet conversations openFollowUps overdueFollowUps champions openNominations
      decisionsByStatus { status count }
      customersMetByMonth { period count }
    }
  }
`),Qo=z(`
  query TeamLeaders($p: String!, $where: LeaderWhereInput, $after: Cursor) {
    leaders(first: 50, after: $after, where: $where, orderBy: [{ field: NAME, direction: ASC }]) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { node { id name month(period: $p) { customersMet conversations walker commitments { met } } } }
    }
  }
`),$o=z(`
  query MonthConversations($from: Time!, $to: Time!, $after: Cursor) {
    conversations(first: 100, after: $after, where: { occurredAtGTE: $from, occurredAtLT: $to }, orderBy: [{ field: OCCURRED_AT, direction: ASC }]) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { node { ...ConversationRow } }
    }
  }
`,[Ln]),es=z(`
  query OpenFollowUps($after: Cursor) {
    followUps(first: 100, after: $after, where: { doneAtIsNil: true }, orderBy: [{ field: DUE_ON, direction: ASC }]) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { node { id action dueOn owner { name } conversation { customers(first: 3) { edges { node { name } } } } } }
    }
  }
`);function ts({series:e}){let t=Math.max(1,...e.map(e=>e.count));return k`<figure class="chart">
    <svg viewBox=${`0 0 ${e.length*24} 110`} role="img" aria-label="Customers met per month, last 12 months" preserveAspectRatio="none">
      ${e.map((e,n)=>{let r=e.count/t*90;return k`<rect x=${n*24+3} y=${95-r} width=${18} height=${r} rx="2"><title>${e.period}: ${e.count}</title></rect>
          <text x=${n*24+12} y="108" text-anchor="middle">${e.period.slice(5)}</text>`})}
    </svg>
    <table class="sr-only"><caption>Customers met per month</caption>
      <tbody>${e.map(e=>k`<tr><th scope="row">${e.period}</th><td>${e.count}</td></tr>`)}</tbody></table>
  </figure>`}function ns({p:e}){let[t,n]=D(``),r=ra(Qo,{p:e,where:{deactivatedAtIsNil:!0,...t.trim()?{nameContainsFold:t.trim()}:{}}},e=>e.leaders);return k`<section class="card" aria-label="Per leader"><h2>Per leader</h2>
    <label>Find a leader <input type="search" value=${t} onInput=${e=>n(e.target.value)} placeholder="Name" /></label>
    <${ia} p=${r} what="the leaders" count=${(e,t)=>`${Z(e)} of ${Z(t)} leaders shown.`} />
    <table class="grid"><thead><tr><th scope="col">Leader</th><th scope="col">Customers</th><th scope="col">Commitments</th></tr></thead>
      <tbody>${r.items.map(e=>{let t=e.month.commitments.filter(e=>e.met).length;return k`<tr><td>${e.name}</td><td>${e.month.customersMet}</td><td>${e.month.commitments.length===0?`none`:`${t} of ${e.month.commitments.length}${e.month.walker?` · walker`:``}`}</td></tr>`})}</tbody></table>
    <${aa} p=${r} label="Show more leaders" />
  </section>`}function rs(){let[e,t]=D(Wi()),n=zi(Zo,{p:e}),r=n.data?.dashboard;return k`<${Q} section="more">
    <h1>Team</h1>
    <label>Month <input type="month" value=${e} onInput=${e=>e.target.value&&t(e.target.value)} /></label>
    <${Ki} r=${n} what=${`the team dashboard`} />
    ${r&&k`
      <section class="card" aria-label="Walkers">
        <ul class="stats">
          <li data-testid="walkers"><strong>${r.walkers}</strong> walkers</li>
          <li><strong>${r.notYetWalkers}</strong> not yet</li>
          <li><strong>${r.withoutCommitments}</strong> without commitments</li>
          <li data-testid="team-customers"><strong>${r.customersMet}</strong> customers met in ${r.conversations} conversations</li>
          <li><strong>${r.openFollowUps}</strong> open follow-ups, <strong>${r.overdueFollowUps}</strong> overdue</li>
          <li data-testid="team-champions"><strong>${r.champions}</strong> champions, ${r.openNominations} open nomination(s)</li>
        </ul>
      </section>
      <section class="card"><h2>Customers met, 12 months</h2><${ts} series=${r.customersMetByMonth} /></section>
      <section class="card"><h2>Decisions this month</h2>
        <ul class="stats">${r.decisionsByStatus.map(e=>k`<li><strong>${e.count}</strong> ${J(e.status).toLowerCase()}</li>`)}</ul>
      </section>
      <${ns} p=${e} />
      <a class="button big" href=${`#/team/review?p=`+e}>Monthly feedback review</a>`}
  </${Q}>`}function is(e){G();let t=new Date(e+`-01T00:00:00Z`),n=new Date(Date.UTC(t.getUTCFullYear(),t.getUTCMonth()+1,1)),r=Li()&&t.getTime()>=Date.parse(rr(Date.now()).everyone),[i,a]=D({convs:[],total:0,asOf:null,error:``}),[o,s]=D(0);O(()=>{if(r)return;let e=!0;return(async()=>{let r=[],i=null;for(;;){let o=await rn($o,{from:t.toISOString(),to:n.toISOString(),after:i});if(o.data.conversations.edges?.forEach(e=>e?.node&&r.push(Zn(`conversations`,e.node))),!e)return;if(a({convs:[...r],total:o.data.conversations.totalCount,asOf:o.asOf,error:``}),!o.data.conversations.pageInfo.hasNextPage)break;i=o.data.conversations.pageInfo.endCursor??null}})().catch(t=>e&&a({convs:[],total:0,asOf:null,error:String(t.message??t)})),()=>{e=!1}},[e,o,r]);let c=()=>(a({convs:[],total:0,asOf:null,error:``}),s(e=>e+1));if(!r)return{...i,retry:c,local:r};let l=[...W(`conversations`).values()].filter(e=>Date.parse(e.occurredAt)>=t.getTime()&&Date.parse(e.occurredAt)<n.getTime()).sort((e,t)=>Date.parse(e.occurredAt)-Date.parse(t.occurredAt));return{convs:l,total:l.length,asOf:null,error:``,retry:c,local:r}}function as({p:e}){let t=is(e),n=ra(es,{},e=>e.followUps),r=e=>{let n=new Map;for(let r of t.convs)for(let t of e(r))n.set(t,[...n.get(t)??[],r]);return[...n.entries()].sort((e,t)=>t[1].length-e[1].length||oa(e[0]).localeCompare(oa(t[0])))},i=r(e=>e.customerIDs.map(e=>$(`customers`,e,`A customer`))),a=r(e=>[...new Set(e.customerIDs.map(e=>W(`customers`).get(e)?.segment||`No segment`))]),o=e=>k`<li><span class="muted">${q(e.occurredAt)} · ${J(e.mode)} · ${$(`people`,e.leaderID,`someone`)}${e.sentiment?` · `+J(e.sentiment):``}</span>
    ${e.heard&&k`<p class="text">“${e.heard}”</p>`}${e.painPoints&&k`<p class="text"><em>Pain points:</em> ${e.painPoints}</p>`}</li>`;return k`<${Q} section="more">
    <div class="noprint"><a href="#/team">← Team</a></div>
    <h1>Feedback review, ${e}</h1>
    ${t.local&&k`<${Y} what="the month's conversations" />`}
    ${t.error&&k`<${Gi} what="the month's conversations" error=${t.error} retry=${t.retry} />`}
    ${t.asOf&&k`<p class="asof">Offline: as of ${Ui(t.asOf)}</p>`}
    <p class="muted" data-testid="review-count">${Z(t.convs.length)} of ${Z(t.total)} conversation(s) in the month.</p>
    <button type="button" class="secondary noprint" onClick=${()=>print()}>Print</button>
    <h2>By customer</h2>
    ${i.map(([e,t])=>k`<section class="review"><h3>${e} <span class="muted">(${t.length})</span></h3><ul class="said">${t.map(o)}</ul></section>`)}
    <h2>By segment</h2>
    ${a.map(([e,t])=>k`<section class="review"><h3>${e} <span class="muted">(${t.length})</span></h3>
      <p>${t.filter(e=>e.painPoints).length} with pain points; sentiment: ${[`VERY_POSITIVE`,`POSITIVE`,`NEUTRAL`,`NEGATIVE`,`VERY_NEGATIVE`].map(e=>`${J(e).toLowerCase()} ${t.filter(t=>t.sentiment===e).length}`).join(`, `)}</p></section>`)}
    <h2>Open follow-ups</h2>
    <${ia} p=${n} what="the open follow-ups" count=${(e,t)=>`${Z(t)} open, ${Z(e)} shown.`} />
    <ul class="list">
      ${n.items.map(e=>k`<li>${e.action} <span class="muted">· ${e.owner.name}${e.dueOn?` · due `+q(e.dueOn):``}${e.conversation?` · `+e.conversation.customers.edges?.map(e=>e?.node?.name).join(`, `):``}</span></li>`)}
    </ul>
    <${aa} p=${n} label="Show more open follow-ups" />
  </${Q}>`}function os({me:e,org:t,signOut:n}){let[r,i]=Ri(),a=e.role===`ADMIN`,[o,s]=r;switch(O(()=>(scrollTo(0,0),void li()),[o,s]),o){case`log`:return k`<${Ha} me=${e.id} />`;case`conversations`:return s?k`<${wa} id=${s} me=${e.id} admin=${a} />`:k`<${Sa} me=${e.id} admin=${a} saved=${i.has(`saved`)} />`;case`decisions`:return s===`new`?k`<${xo} me=${e.id} />`:s?k`<${So} id=${s} key=${s} />`:k`<${_o} me=${e.id} admin=${a} />`;case`champions`:return s===`nominate`?k`<${eo} me=${e.id} />`:k`<${Qa} me=${e.id} admin=${a} />`;case`commitments`:return k`<${uo} me=${e.id} />`;case`reviews`:return k`<${Mo} me=${e.id} admin=${a} />`;case`team`:if(!a)break;return s===`review`?k`<${as} p=${i.get(`p`)??Wi()} />`:k`<${rs} />`;case`pending`:return s?k`<${Oo} id=${s} me=${e.id} key=${s} />`:k`<${ko} />`;case`more`:return k`<${Ao} admin=${a} />`;case`settings`:return k`<${Xo} me=${e.id} admin=${a} email=${e.email} org=${t} signOut=${n} />`}return k`<${ao} month=${Wi()} admin=${a} />`}function ss(){let[e,t]=D(`loading`),[n,r]=D(null),i=location.pathname.match(/^\/invite\/(w[is]_[\w-]+)$/)?.[1];async function a(){let e=await rn(no,{p:Wi()}),n=e.data.viewer;r({me:n,org:e.data.organization.name}),t(`in`),mi(()=>({me:n.id,admin:n.role===`ADMIN`,now:Date.now()}))}async function o(e){let n=await V,r=(await n.list()).length;if(!r||confirm(`${r} change(s) are not on the server yet and will be lost. Sign out anyway?`)){try{await xt(e)}catch{alert(`Signing out needs a connection: try again when online.`);return}await an(),await hi();for(let e of await n.list())await n.discard(e.id);location.hash=``,t(`out`)}}return O(()=>{vt().then(e=>e?a():t(`out`),()=>a().catch(()=>t(`offline`)))},[]),e===`loading`?k`<p class="muted">Loading Walker…</p>`:e===`offline`?k`<h1>Walker</h1><p>You are offline, and this device has nothing from Walker yet. Connect once to sign in.</p>`:e===`in`&&n?k`<${os} me=${n.me} org=${n.org} signOut=${o} />`:i?k`<${bn} token=${i} done=${a} />`:k`<${xn} done=${a} />`}he(k`<${ss} />`,document.getElementById(`app`)),`serviceWorker`in navigator&&navigator.serviceWorker.register(`/sw.js`).catch(()=>{});